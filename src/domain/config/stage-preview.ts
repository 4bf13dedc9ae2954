import { DROPPED, type SquadConfig } from '../../contract/squad-config';

export interface StagePreview {
  /** Every stage of the config, in order, with the number of issues currently in it. */
  stages: Array<{ name: string; issueCount: number }>;
  dropped: number;
  /** Issues sitting in statuses the map does not mention. */
  unmapped: number;
}

/**
 * Where today's issues would stand under a config: each (project, status) issue count added to
 * the stage its status maps to. Counts are issues per status ID per project key.
 *
 * @example previewStageCounts(cfg, { MKT: { '10000': 12, '10005': 3 } }) // Idea 12, dropped 3
 */
export function previewStageCounts(
  config: Pick<SquadConfig, 'projects' | 'stages' | 'statusMap'>,
  countsByProject: Readonly<Record<string, Readonly<Record<string, number>>>>,
): StagePreview {
  const byStage = new Map(config.stages.map((s) => [s.name, 0]));
  let dropped = 0;
  let unmapped = 0;
  for (const project of config.projects) {
    const map = config.statusMap[project] ?? {};
    for (const [statusId, count] of Object.entries(countsByProject[project] ?? {})) {
      const target = Object.hasOwn(map, statusId) ? map[statusId] : undefined;
      if (target === DROPPED) dropped += count;
      else if (target !== undefined && byStage.has(target)) byStage.set(target, (byStage.get(target) ?? 0) + count);
      else unmapped += count;
    }
  }
  return { stages: [...byStage].map(([name, issueCount]) => ({ name, issueCount })), dropped, unmapped };
}
