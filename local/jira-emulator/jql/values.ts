import { STATUS_CATEGORIES, type StatusCategoryKey } from '../../demo-data';
import type { ValueOperand } from './ast';
import type { JqlContext } from './context';
import { JqlError } from './jql-error';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function doesNotExist(value: ValueOperand, field: string): JqlError {
  return new JqlError(`The value '${value.text}' does not exist for the field '${field}'.`);
}

/** A project by key, name or ID, among those the user can see. */
export function resolveProject(v: ValueOperand, ctx: JqlContext): string {
  const p = ctx.visibleProjects.find((x) => same(x.key, v.text) || same(x.name, v.text) || x.id === v.text);
  if (p === undefined) throw doesNotExist(v, 'project');
  return p.key;
}

/** Status IDs by ID or name (a name may match statuses of several workflows). */
export function resolveStatus(v: ValueOperand, ctx: JqlContext): string[] {
  const ids = ctx.statuses.filter((s) => s.id === v.text || same(s.name, v.text)).map((s) => s.id);
  if (ids.length === 0) throw doesNotExist(v, 'status');
  return ids;
}

export function resolveStatusCategory(v: ValueOperand): StatusCategoryKey {
  const hit = Object.values(STATUS_CATEGORIES).find((c) => same(c.name, v.text) || same(c.key, v.text) || String(c.id) === v.text);
  if (hit === undefined) throw doesNotExist(v, 'statusCategory');
  return hit.key;
}

export function resolveIssueType(v: ValueOperand, ctx: JqlContext): string {
  const t = ctx.issueTypes.find((x) => x.id === v.text || same(x.name, v.text));
  if (t === undefined) throw doesNotExist(v, 'issuetype');
  return t.id;
}

/** A resolution ID, or null for `Unresolved`. */
export function resolveResolution(v: ValueOperand, ctx: JqlContext): string | null {
  if (same(v.text, 'unresolved') && !v.quoted) return null;
  const r = ctx.resolutions.find((x) => x.id === v.text || same(x.name, v.text));
  if (r === undefined) throw doesNotExist(v, 'resolution');
  return r.id;
}

/** The ID of the issue a key names; moved issues answer to their old keys too. */
export function resolveKey(v: ValueOperand, ctx: JqlContext): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(v.text)) throw new JqlError(`The issue key '${v.text}' for field 'key' is invalid.`);
  const issue = ctx.findVisibleIssue(v.text);
  if (issue === undefined) throw new JqlError(`An issue with key '${v.text.toUpperCase()}' does not exist for field 'key'.`);
  return issue.id;
}

export function resolveId(v: ValueOperand): string {
  if (!/^\d+$/.test(v.text)) throw new JqlError(`The value '${v.text}' for field 'id' is invalid.`);
  return String(Number(v.text));
}
