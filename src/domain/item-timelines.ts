import type { ItemTimelineDto } from '../contract/metrics';
import { stageDuration } from './metrics/lead-times';
import type { MetricsContext } from './metrics/metrics-context';
import { IsoFormatter } from './time/format-iso';
import { MS_PER_DAY } from './time/parse-jira-timestamp';

/**
 * One row per item for the board and the CLI: entry instants per stage, lead time in the
 * context's unit (completed, not dropped), current stage with its age, rework and time in stage.
 */
export function itemTimelines(ctx: MetricsContext): ItemTimelineDto[] {
  const { t, dims } = ctx;
  const S = t.stageCount;
  const names = t.squad.stageNames;
  const iso = new IsoFormatter();
  const out: ItemTimelineDto[] = new Array<ItemTimelineDto>(t.count);
  for (let i = 0; i < t.count; i++) {
    const issue = t.issues[i];
    if (issue === undefined) continue;
    const stages: Record<string, string | null> = {};
    const timeInStageDays: Record<string, number> = {};
    for (let s = 0; s < S; s++) {
      const v = t.entryMs[i * S + s] as number;
      const name = names[s] as string;
      stages[name] = v === v ? iso.format(v) : null;
      timeInStageDays[name] = (t.timeInStageMs[i * S + s] as number) / MS_PER_DAY;
    }
    const pos = t.currentStage[i] as number;
    const dropped = pos === -2;
    const lead = dropped ? NaN : stageDuration(ctx, i, ctx.from, ctx.to);
    const since = t.currentSinceMs[i] as number;
    out[i] = {
      id: issue.id,
      key: issue.key,
      projectKey: issue.projectKey,
      issueType: issue.issueType,
      discipline: dims.disciplineNames[dims.discipline[i] as number] ?? '',
      quickWin: dims.quickWin[i] === 1,
      stages,
      leadTimeDays: lead === lead ? lead : null,
      dropped,
      currentStage: pos >= 0 ? (names[pos] ?? null) : null,
      ageInStageDays: since === since ? (t.nowMs - since) / MS_PER_DAY : null,
      reworkCount: t.rework[i] as number,
      timeInStageDays,
    };
  }
  return out;
}
