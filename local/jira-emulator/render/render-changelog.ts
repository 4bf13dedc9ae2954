import type { ChangeItem, HistoryEntry } from '../../demo-data';
import type { DemoUser } from '../users';
import { formatJiraTime } from './jira-time';
import type { Links } from './links';
import { renderUserDetails } from './render-people';

/**
 * A `ChangeDetails` item. Jira sends `"from": null` for absent values, but the OpenAPI schema
 * types them as strings, so the emulator leaves absent values out; clients must treat missing
 * and null alike.
 */
export function renderChangeItem(item: ChangeItem): Record<string, string> {
  const entries: Array<[string, string | null | undefined]> = [
    ['field', item.field],
    ['fieldtype', item.fieldtype],
    ['fieldId', item.fieldId],
    ['from', item.from],
    ['fromString', item.fromString],
    ['to', item.to],
    ['toString', item.toString],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** One `Changelog` entry. */
export function renderHistory(entry: HistoryEntry, links: Links, appUser: DemoUser, items: readonly ChangeItem[] = entry.items): Record<string, unknown> {
  return {
    id: entry.id,
    author: renderUserDetails(links, entry.authorAccountId, appUser),
    created: formatJiraTime(entry.createdMs),
    items: items.map(renderChangeItem),
  };
}

export function renderChangelogPage(entries: readonly HistoryEntry[], links: Links, appUser: DemoUser): Array<Record<string, unknown>> {
  return entries.map((e) => renderHistory(e, links, appUser));
}
