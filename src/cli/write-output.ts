import type { ItemTimelineDto, SquadMetricsDto } from '../contract/metrics';
import { csvCell } from './csv-cell';

const CHUNK = 1 << 20;

/** Where output goes: whole chunks, each valid UTF-8 on its own. */
export type Sink = (chunk: string | Uint8Array) => void;

/**
 * Encodes small strings into ~1 MB buffers and hands them to the sink; each handed-off buffer is
 * never touched again (a pipe may still hold it).
 */
class Chunker {
  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  /** Small strings joined before encoding: one Buffer#write per ~64k characters, not per row. */
  private pending = '';
  constructor(private readonly sink: Sink) {}

  push(s: string): void {
    this.pending += s;
    if (this.pending.length >= 1 << 16) this.encode();
  }

  private encode(): void {
    const s = this.pending;
    this.pending = '';
    // UTF-8 needs at most 3 bytes per UTF-16 unit: with that much room the whole string fits.
    if (s.length * 3 > CHUNK - this.pos) {
      this.flushBuffer();
      if (s.length * 3 > CHUNK) {
        this.sink(s);
        return;
      }
    }
    this.pos += this.buf.write(s, this.pos);
  }

  private flushBuffer(): void {
    if (this.pos === 0) return;
    this.sink(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(CHUNK);
    this.pos = 0;
  }

  flush(): void {
    this.encode();
    this.flushBuffer();
  }
}

type VisitItems = (visit: (item: ItemTimelineDto) => void) => void;

const num = (n: number | null): string => (n === null || !Number.isFinite(n) ? 'null' : String(n));

/**
 * `String(x)` for a non-negative multiple of 1e-6 below 1e9 (the rows' rounded day figures),
 * without the general shortest-digits algorithm; anything else goes to `String`.
 */
export function microNum(x: number | null): string {
  if (x === null || !(x >= 0 && x < 1e9)) return num(x);
  const k = Math.round(x * 1e6);
  if (k / 1e6 !== x) return String(x);
  const whole = Math.floor(k / 1e6);
  let frac = k - whole * 1e6;
  if (frac === 0) return String(whole);
  let digits = 6;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  return `${whole}.${String(frac).padStart(digits, '0')}`;
}

/**
 * `JSON.stringify(item)` for item rows, written out by hand (the generic walk over 100k objects
 * costs several times more). Strings that repeat are quoted once.
 */
export class ItemRowJson {
  private readonly quoted = new Map<string, string>();
  private readonly stageKeys: string[];

  constructor(private readonly stageNames: readonly string[]) {
    this.stageKeys = stageNames.map((s) => `${JSON.stringify(s)}:`);
  }

  private q(s: string): string {
    let out = this.quoted.get(s);
    if (out === undefined) {
      out = JSON.stringify(s);
      if (this.quoted.size < 10_000) this.quoted.set(s, out);
    }
    return out;
  }

  row(item: ItemTimelineDto): string {
    const { stageNames, stageKeys } = this;
    let stages = '';
    let times = '';
    for (let k = 0; k < stageNames.length; k++) {
      const name = stageNames[k] as string;
      const at = item.stages[name] ?? null;
      // Entry instants are ISO strings: nothing in them needs escaping.
      stages += `${k === 0 ? '' : ','}${stageKeys[k] as string}${at === null ? 'null' : `"${at}"`}`;
      times += `${k === 0 ? '' : ','}${stageKeys[k] as string}${microNum(item.timeInStageDays[name] ?? null)}`;
    }
    return (
      `{"id":${JSON.stringify(item.id)},"key":${JSON.stringify(item.key)},"projectKey":${this.q(item.projectKey)},"issueType":${this.q(item.issueType)},` +
      `"discipline":${this.q(item.discipline)},"quickWin":${item.quickWin},"stages":{${stages}},"leadTimeDays":${microNum(item.leadTimeDays)},` +
      `"dropped":${item.dropped},"currentStage":${item.currentStage === null ? 'null' : this.q(item.currentStage)},"ageInStageDays":${microNum(item.ageInStageDays)},` +
      `"reworkCount":${item.reworkCount},"timeInStageDays":{${times}}}`
    );
  }
}

/**
 * The metrics as one JSON document, with the item rows streamed from the engine one by one
 * (100k rows never exist as objects or as one string at once).
 */
export function writeJson(dto: SquadMetricsDto, stageNames: readonly string[], visitItems: VisitItems, sink: Sink): void {
  const out = new Chunker(sink);
  const rows = new ItemRowJson(stageNames);
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
    visitItems((item) => out.push(`${n++ === 0 ? '' : ','}${rows.row(item)}`));
    out.push(']');
  }
  out.push('}\n');
  out.flush();
}

/** One CSV row per item: its stage entries, lead time and state (like jira-agile-metrics' cycle data). */
export function writeCsv(dto: SquadMetricsDto, stageNames: readonly string[], visitItems: VisitItems, sink: Sink): void {
  const out = new Chunker(sink);
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
