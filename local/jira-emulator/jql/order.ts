import type { IssueRecord } from '../../demo-data';
import type { SortKey } from './ast';
import { JqlError } from './jql-error';
import { KNOWN_UNSUPPORTED_FIELDS } from './known-fields';

export type IssueComparator = (a: IssueRecord, b: IssueRecord) => number;

function keyParts(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
}

function compareKeys(a: IssueRecord, b: IssueRecord): number {
  const [pa, na] = keyParts(a.key);
  const [pb, nb] = keyParts(b.key);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}

const SORTERS: Readonly<Record<string, IssueComparator>> = {
  key: compareKeys,
  issuekey: compareKeys,
  id: (a, b) => Number(a.id) - Number(b.id),
  created: (a, b) => a.createdMs - b.createdMs,
  createddate: (a, b) => a.createdMs - b.createdMs,
  updated: (a, b) => a.updatedMs - b.updatedMs,
  updateddate: (a, b) => a.updatedMs - b.updatedMs,
};

/** Without ORDER BY the emulator returns the newest issues first. */
/** Fields the emulator searches by but does not sort on. */
const SEARCH_ONLY_FIELDS = new Set(['assignee', 'summary']);

const DEFAULT_ORDER: SortKey[] = [{ field: 'created', pos: 0, direction: 'desc' }];

/**
 * A comparator for an ORDER BY list (ascending unless DESC), always ending with the issue ID so
 * pages are stable.
 */
export function compileOrder(keys: readonly SortKey[]): IssueComparator {
  const parts = (keys.length > 0 ? keys : DEFAULT_ORDER).map((k) => {
    const sorter = SORTERS[k.field.toLowerCase()];
    if (sorter === undefined) {
      if (KNOWN_UNSUPPORTED_FIELDS.has(k.field.toLowerCase()) || SEARCH_ONLY_FIELDS.has(k.field.toLowerCase()) || /^customfield_\d+$/i.test(k.field)) {
        throw JqlError.syntax(`The Jira emulator cannot order by '${k.field}'. It orders by key, id, created and updated.`, k.pos);
      }
      throw new JqlError(`Field '${k.field}' does not exist or you do not have permission to view it.`);
    }
    const sign = k.direction === 'desc' ? -1 : 1;
    return (a: IssueRecord, b: IssueRecord): number => sign * sorter(a, b);
  });
  const lastDesc = (keys.length > 0 ? keys : DEFAULT_ORDER).at(-1)?.direction === 'desc';
  return (a, b) => {
    for (const part of parts) {
      const c = part(a, b);
      if (c !== 0) return c;
    }
    return (lastDesc ? -1 : 1) * (Number(a.id) - Number(b.id));
  };
}
