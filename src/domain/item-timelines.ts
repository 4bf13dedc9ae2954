import type { ItemTimelineDto } from '../contract/metrics';
import { stageDuration } from './metrics/lead-times';
import { completedInWindow, type MetricsContext } from './metrics/metrics-context';
import type { Timelines } from './timeline/build-timelines';
import { IsoFormatter } from './time/format-iso';
import { MS_PER_DAY } from './time/parse-jira-timestamp';
import { roundDays } from './time/round-days';


/**
 * Per-item rows for the board and the CLI: entry instants per stage, lead time in the context's
 * unit (completed, not dropped), current stage with its age, rework and time in stage.
 */
export class ItemTimelineWriter {
  private readonly iso = new IsoFormatter();
  private readonly stagesTemplate: Record<string, string | null> = {};
  private readonly timeTemplate: Record<string, number> = {};

  constructor(private readonly ctx: MetricsContext) {
    // Copying a template keeps one hidden class for all rows: assignments then overwrite
    // existing slots instead of growing each object key by key.
    for (const name of ctx.t.squad.stageNames) {
      this.stagesTemplate[name] = null;
      this.timeTemplate[name] = 0;
    }
  }

  /** A new row for item `i`. */
  create(i: number): ItemTimelineDto {
    const row = {
      id: '',
      key: '',
      projectKey: '',
      issueType: '',
      discipline: '',
      quickWin: false,
      stages: { ...this.stagesTemplate },
      leadTimeDays: null,
      dropped: false,
      currentStage: null,
      ageInStageDays: null,
      reworkCount: 0,
      timeInStageDays: { ...this.timeTemplate },
    };
    return this.fill(i, row);
  }

  /** Overwrites `row` with item `i` (rows can be reused when streaming). */
  fill(i: number, row: ItemTimelineDto): ItemTimelineDto {
    const { ctx, iso } = this;
    const { t, dims } = ctx;
    const S = t.stageCount;
    const names = t.squad.stageNames;
    const issue = t.issues[i];
    if (issue === undefined) throw new RangeError(`no item ${i}`);
    for (let s = 0; s < S; s++) {
      const v = t.entryMs[i * S + s] as number;
      const name = names[s] as string;
      row.stages[name] = v === v ? iso.format(v) : null;
      row.timeInStageDays[name] = roundDays((t.timeInStageMs[i * S + s] as number) / MS_PER_DAY);
    }
    const pos = t.currentStage[i] as number;
    const dropped = pos === -2;
    const lead = dropped ? NaN : stageDuration(ctx, i, ctx.from, ctx.to);
    const since = t.currentSinceMs[i] as number;
    row.id = issue.id;
    row.key = issue.key;
    row.projectKey = issue.projectKey;
    row.issueType = issue.issueType;
    row.discipline = dims.disciplineNames[dims.discipline[i] as number] ?? '';
    row.quickWin = dims.quickWin[i] === 1;
    row.leadTimeDays = lead === lead ? roundDays(lead) : null;
    row.dropped = dropped;
    row.currentStage = pos >= 0 ? (names[pos] ?? null) : null;
    row.ageInStageDays = since === since ? roundDays((t.nowMs - since) / MS_PER_DAY) : null;
    row.reworkCount = t.rework[i] as number;
    return row;
  }
}

/** Every item's row, in input order. */
export function itemTimelines(ctx: MetricsContext): ItemTimelineDto[] {
  const writer = new ItemTimelineWriter(ctx);
  const out = new Array<ItemTimelineDto>(ctx.t.count);
  for (let i = 0; i < ctx.t.count; i++) out[i] = writer.create(i);
  return out;
}

/** Calls `visit` for every item with one reused row: valid only during the call (for streaming). */
export function visitItemTimelines(ctx: MetricsContext, visit: (row: ItemTimelineDto, index: number) => void): void {
  if (ctx.t.count === 0) return;
  const writer = new ItemTimelineWriter(ctx);
  const row = writer.create(0);
  for (let i = 0; i < ctx.t.count; i++) visit(writer.fill(i, row), i);
}

/**
 * The rows of the items that reached the lead-time end stage inside the window and are not
 * dropped, with a lead time (the population of the lead-time figures: what the lead-time
 * scatterplot draws), in input order.
 */
export function finishedItemTimelines(ctx: MetricsContext): ItemTimelineDto[] {
  const writer = new ItemTimelineWriter(ctx);
  const out: ItemTimelineDto[] = [];
  for (let i = 0; i < ctx.t.count; i++) {
    if (!completedInWindow(ctx, i)) continue;
    const row = writer.create(i);
    if (row.leadTimeDays !== null) out.push(row);
  }
  return out;
}

/** The earliest stage entry of any item (ISO, exact to the ms), null when none entered a stage. */
export function earliestEntryIso(t: Timelines): string | null {
  let min = Number.POSITIVE_INFINITY;
  const entries = t.entryMs;
  for (let k = 0; k < entries.length; k++) {
    const v = entries[k] as number;
    if (v < min) min = v; // NaN (never entered) compares false
  }
  return min === Number.POSITIVE_INFINITY ? null : new IsoFormatter().format(min);
}
