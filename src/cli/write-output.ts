import type { ItemTimelineDto, SquadMetricsDto } from '../contract/metrics';
import { csvCell } from './csv-cell';

const CHUNK = 1 << 20;

/** Buffers small strings and hands ~1 MB chunks to `write`. */
class Chunker {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly write: (chunk: string) => void) {}
  push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

type VisitItems = (visit: (item: ItemTimelineDto) => void) => void;

/**
 * The metrics as one JSON document, with the item rows streamed from the engine one by one
 * (100k rows never exist as objects or as one string at once).
 */
export function writeJson(dto: SquadMetricsDto, visitItems: VisitItems, write: (chunk: string) => void): void {
  const out = new Chunker(write);
  out.push('{');
  let first = true;
  for (const [key, value] of Object.entries(dto)) {
    out.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key !== 'items') {
      out.push(JSON.stringify(value));
      continue;
    }
    out.push('[');
    let n = 0;
    visitItems((item) => out.push(`${n++ === 0 ? '' : ','}${JSON.stringify(item)}`));
    out.push(']');
  }
  out.push('}\n');
  out.flush();
}

/** One CSV row per item: its stage entries, lead time and state (like jira-agile-metrics' cycle data). */
export function writeCsv(dto: SquadMetricsDto, stageNames: readonly string[], visitItems: VisitItems, write: (chunk: string) => void): void {
  const out = new Chunker(write);
  const header = ['key', 'project', 'issue_type', 'discipline', 'quick_win', 'dropped', 'current_stage', ...stageNames, `lead_time_${dto.leadTime.unit}_days`, 'rework_count', 'age_in_stage_days'];
  out.push(`${header.map(csvCell).join(',')}\n`);
  visitItems((item) => {
    const cells = [
      item.key,
      item.projectKey,
      item.issueType,
      item.discipline,
      item.quickWin,
      item.dropped,
      item.currentStage,
      ...stageNames.map((s) => item.stages[s] ?? null),
      item.leadTimeDays,
      item.reworkCount,
      item.ageInStageDays === null ? null : Number(item.ageInStageDays.toFixed(3)),
    ];
    out.push(`${cells.map(csvCell).join(',')}\n`);
  });
  out.flush();
}
