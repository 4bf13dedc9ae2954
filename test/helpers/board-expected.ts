import { statusById, type IssueRecord } from '../../local/demo-data';
import type { SquadConfig } from '../../src/contract/squad-config';

const DAY_MS = 86_400_000;

/**
 * Items per board column computed straight from the emulator's records, independently of the app:
 * every stage (0 when empty), items not dropped; in a Done-category status only when mapped to the last stage and first reached it
 * within the done window. Unmapped statuses count under "Unmapped".
 */
export function expectedColumnCounts(squad: SquadConfig, records: readonly IssueRecord[], nowMs: number): Record<string, number> {
  const last = squad.stages[squad.stages.length - 1]?.name;
  const counts: Record<string, number> = Object.fromEntries(squad.stages.map((s) => [s.name, 0]));
  for (const r of records) {
    const map = squad.statusMap[r.projectKey] ?? {};
    const stage = map[r.statusId] ?? 'Unmapped';
    if (stage === 'Dropped') continue;
    if (statusById(r.statusId).category === 'done') {
      if (stage !== last) continue;
      const entries = r.histories.flatMap((h) => h.items.filter((i) => i.fieldId === 'status' && map[i.to ?? ''] === last).map(() => h.createdMs));
      const reached = entries.length === 0 ? r.createdMs : Math.min(...entries);
      if (reached < nowMs - squad.board.doneWindowDays * DAY_MS) continue;
    }
    counts[stage] = (counts[stage] ?? 0) + 1;
  }
  return counts;
}
