import type { FieldIssue } from '../../contract/result';
import type { SquadConfig } from '../../contract/squad-config';
import type { StatusInfo } from './status-info';

export interface StatusMapCheck {
  /** Problems that make the config unusable: unknown projects, unknown status IDs. */
  errors: FieldIssue[];
  /** Per project, the IDs of real statuses the map does not mention (reported, never guessed). */
  unmapped: Record<string, string[]>;
}

/**
 * Checks a config's status map against each project's real statuses, fetched as the user.
 * `statusesByProject[key]` is undefined when the project does not exist or the user cannot see it.
 * Field paths match the schema's (`statusMap.MKT.10099`, `projects.1`), so the UI shows each
 * problem beside its field.
 *
 * @example checkStatusMap(cfg, { MKT: [{ id: '10000', name: 'Idea', category: 'new' }] })
 */
export function checkStatusMap(
  config: Pick<SquadConfig, 'projects' | 'statusMap'>,
  statusesByProject: Readonly<Record<string, readonly StatusInfo[] | undefined>>,
): StatusMapCheck {
  const errors: FieldIssue[] = [];
  const unmapped: Record<string, string[]> = {};
  config.projects.forEach((project, i) => {
    const statuses = statusesByProject[project];
    if (statuses === undefined) {
      errors.push({ path: `projects.${i}`, message: `project ${project} does not exist or you cannot browse it` });
      return;
    }
    const known = new Set(statuses.map((s) => s.id));
    const map = config.statusMap[project] ?? {};
    for (const statusId of Object.keys(map)) {
      if (!known.has(statusId)) {
        errors.push({ path: `statusMap.${project}.${statusId}`, message: `unknown status ID ${statusId}: not a status of project ${project}` });
      }
    }
    const missing = [...known].filter((id) => !Object.hasOwn(map, id));
    if (missing.length > 0) unmapped[project] = missing;
  });
  return { errors, unmapped };
}
