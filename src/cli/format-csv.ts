import type { SquadMetricsDto } from '../contract/metrics';

/** RFC 4180 quoting; also defuses spreadsheet formulas in text cells. */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per item: its stage entries, lead time and state (like jira-agile-metrics' cycle data). */
export function formatCsv(dto: SquadMetricsDto, stageNames: readonly string[]): string {
  const header = ['key', 'project', 'issue_type', 'discipline', 'quick_win', 'dropped', 'current_stage', ...stageNames, `lead_time_${dto.leadTime.unit}_days`, 'rework_count', 'age_in_stage_days'];
  const lines = [header.map(csvCell).join(',')];
  for (const item of dto.items) {
    lines.push(
      [
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
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
