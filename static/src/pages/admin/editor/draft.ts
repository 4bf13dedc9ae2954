import { DEFAULT_LEAD_TIME, defaultStages, type SquadConfig, type SquadConfigInput } from '../../../../../src/contract';

/**
 * The squad being edited: always a whole config, so settings the page does not show (forecast,
 * issue types, …) go back to the server exactly as they came. Edits are pure functions, so the
 * cross-references by stage name (lead time, status map, quick-win stages) stay consistent.
 */
export type Draft = SquadConfig;

export const DROPPED_TARGET = 'Dropped';

/** A new squad: the default stages, lead time Idea → Pilot, discipline by project. */
export function newDraft(): Draft {
  return {
    schemaVersion: 2,
    id: '',
    name: '',
    projects: [],
    issueTypes: [],
    stages: defaultStages(),
    leadTime: { ...DEFAULT_LEAD_TIME },
    statusMap: {},
    discipline: { by: 'project', values: {} },
    quickWin: { label: 'quick-win' },
    backwardPolicy: 'keep',
    unit: 'elapsed',
    calendar: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] },
    percentiles: [50, 70, 85, 95],
    forecast: { windowWeeks: 12, trials: 10_000 },
    board: { doneWindowDays: 14, swimlanes: 'discipline' },
    handoff: { linkTypes: [], parentChild: true },
  };
}

/** The draft as the save payload takes it (the same shape: a config is its own input). */
export const toInput = (draft: Draft): SquadConfigInput => draft;

/** Sets the projects, keeping each kept project's mapping and discipline, adding the new ones'. */
export function withProjects(draft: Draft, projects: Array<{ key: string; name: string }>): Draft {
  const keys = projects.map((p) => p.key);
  const statusMap = Object.fromEntries(keys.map((k) => [k, draft.statusMap[k] ?? {}]));
  const discipline =
    draft.discipline.by === 'project'
      ? { by: 'project' as const, values: Object.fromEntries(projects.map((p) => [p.key, draft.discipline.values[p.key] ?? p.name])) }
      : draft.discipline;
  return { ...draft, projects: keys, statusMap, discipline };
}

/**
 * Renames a stage, and every reference to it by name (lead time, status map, quick-win stages) —
 * but only while the rename is unambiguous: the old name belongs to this stage alone and the new
 * one to no other. Typing a duplicate name therefore never merges two stages' references; the
 * duplicate shows as an error until it is renamed again.
 */
export function renameStage(draft: Draft, index: number, name: string): Draft {
  const old = draft.stages[index]?.name;
  if (old === undefined) return draft;
  const unambiguous = draft.stages.every((s, i) => i === index || (s.name !== old && s.name !== name));
  const stages = draft.stages.map((s, i) => (i === index ? { ...s, name } : s));
  if (!unambiguous) return { ...draft, stages };
  const swap = (n: string): string => (n === old ? name : n);
  const statusMap = Object.fromEntries(
    Object.entries(draft.statusMap).map(([p, map]) => [p, Object.fromEntries(Object.entries(map).map(([id, t]) => [id, swap(t)]))]),
  );
  const candidate = draft.quickWin.candidate;
  return {
    ...draft,
    stages,
    leadTime: { from: swap(draft.leadTime.from), to: swap(draft.leadTime.to) },
    statusMap,
    quickWin: candidate ? { ...draft.quickWin, candidate: { ...candidate, stages: candidate.stages.map(swap) } } : draft.quickWin,
    handoff: draft.handoff.stage === undefined ? draft.handoff : { ...draft.handoff, stage: swap(draft.handoff.stage) },
  };
}

/** Removes a stage; statuses mapped to it become unmapped (the mapping step then says so). */
export function removeStage(draft: Draft, index: number): Draft {
  const gone = draft.stages[index]?.name;
  if (gone === undefined) return draft;
  const statusMap = Object.fromEntries(
    Object.entries(draft.statusMap).map(([p, map]) => [p, Object.fromEntries(Object.entries(map).filter(([, t]) => t !== gone))]),
  );
  const candidate = draft.quickWin.candidate;
  return {
    ...draft,
    stages: draft.stages.filter((_, i) => i !== index),
    statusMap,
    quickWin: candidate ? { ...draft.quickWin, candidate: { ...candidate, stages: candidate.stages.filter((s) => s !== gone) } } : draft.quickWin,
    handoff: draft.handoff.stage === gone ? { linkTypes: draft.handoff.linkTypes, parentChild: draft.handoff.parentChild } : draft.handoff,
  };
}

/** Moves a stage one place up (-1) or down (+1). */
export function moveStage(draft: Draft, index: number, by: -1 | 1): Draft {
  const to = index + by;
  if (to < 0 || to >= draft.stages.length) return draft;
  const stages = [...draft.stages];
  const [moved] = stages.splice(index, 1);
  if (moved) stages.splice(to, 0, moved);
  return { ...draft, stages };
}

/** Maps one status of one project (null unmaps it). */
export function mapStatus(draft: Draft, project: string, statusId: string, target: string | null): Draft {
  const map = { ...(draft.statusMap[project] ?? {}) };
  if (target === null) delete map[statusId];
  else map[statusId] = target;
  return { ...draft, statusMap: { ...draft.statusMap, [project]: map } };
}
