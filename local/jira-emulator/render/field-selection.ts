import { FLAGGED_FIELD_ID, STORY_POINTS_FIELD_ID } from '../../demo-data';

/** Every field the emulator renders; `*all` and `*navigable` both mean all of them. */
export const RENDERED_FIELDS = [
  'summary',
  'status',
  'project',
  'issuetype',
  'labels',
  'components',
  'resolution',
  'resolutiondate',
  'created',
  'updated',
  'statuscategorychangedate',
  'assignee',
  'reporter',
  'priority',
  'security',
  'parent',
  'issuelinks',
  STORY_POINTS_FIELD_ID,
  FLAGGED_FIELD_ID,
] as const;

export type RenderedField = (typeof RENDERED_FIELDS)[number];

/**
 * Resolves a `fields` list as Jira reads it: comma-separated entries, `*all`, `*navigable`, `-x`
 * to exclude, `id`/`key` meaning no fields; unknown names are ignored. `defaults` applies when the
 * list is empty (search: id only; GET issue: all).
 */
export function selectFields(requested: readonly string[], defaults: 'none' | 'all'): RenderedField[] {
  const entries = requested.flatMap((f) => f.split(',')).map((f) => f.trim()).filter((f) => f.length > 0);
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const entry of entries) {
    if (entry === '*all' || entry === '*navigable') RENDERED_FIELDS.forEach((f) => include.add(f));
    else if (entry.startsWith('-')) exclude.add(entry.slice(1));
    else include.add(entry);
  }
  if (entries.length === 0 && defaults === 'all') RENDERED_FIELDS.forEach((f) => include.add(f));
  if (entries.length > 0 && entries.every((e) => e.startsWith('-'))) RENDERED_FIELDS.forEach((f) => include.add(f));
  return RENDERED_FIELDS.filter((f) => include.has(f) && !exclude.has(f));
}
