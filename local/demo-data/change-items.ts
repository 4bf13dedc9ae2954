import { PEOPLE_BY_ACCOUNT_ID, RESOLUTIONS, statusById, type ProjectDef } from './catalog';
import type { ChangeItem } from './model';

/**
 * Builders for changelog items exactly as Jira writes them, shared by the generator and the
 * emulator's own edits so both histories look alike.
 */
export function statusItem(fromStatusId: string, toStatusId: string): ChangeItem {
  return {
    field: 'status',
    fieldtype: 'jira',
    fieldId: 'status',
    from: fromStatusId,
    fromString: statusById(fromStatusId).name,
    to: toStatusId,
    toString: statusById(toStatusId).name,
  };
}

export function resolutionItem(fromId: string | null, toId: string | null): ChangeItem {
  return { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: fromId, fromString: resolutionName(fromId), to: toId, toString: resolutionName(toId) };
}

export function assigneeItem(fromAccountId: string | null, toAccountId: string | null): ChangeItem {
  return { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: fromAccountId, fromString: personName(fromAccountId), to: toAccountId, toString: personName(toAccountId) };
}

/** Labels are recorded as space-separated strings with null IDs, as Jira does. */
export function labelsItem(from: readonly string[], to: readonly string[]): ChangeItem {
  return { field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: from.length > 0 ? from.join(' ') : null, to: null, toString: to.length > 0 ? to.join(' ') : null };
}

export function storyPointsItem(fieldId: string, from: number | null, to: number | null): ChangeItem {
  return { field: 'Story Points', fieldtype: 'custom', fieldId, from: null, fromString: from === null ? null : String(from), to: null, toString: to === null ? null : String(to) };
}

export function summaryItem(from: string, to: string): ChangeItem {
  return { field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: from, to: null, toString: to };
}

/** The items of a move between projects: project, key and workflow (status and components follow). */
export function moveItems(from: ProjectDef, to: ProjectDef, fromKey: string, toKey: string): ChangeItem[] {
  return [
    { field: 'project', fieldtype: 'jira', fieldId: 'project', from: from.id, fromString: from.name, to: to.id, toString: to.name },
    { field: 'Key', fieldtype: 'jira', from: null, fromString: fromKey, to: null, toString: toKey },
    { field: 'Workflow', fieldtype: 'jira', from: from.workflow.id, fromString: from.workflow.name, to: to.workflow.id, toString: to.workflow.name },
  ];
}

export function componentRemovedItem(project: ProjectDef, componentId: string): ChangeItem {
  const name = project.components.find((c) => c.id === componentId)?.name ?? null;
  return { field: 'Component', fieldtype: 'jira', fieldId: 'components', from: componentId, fromString: name, to: null, toString: null };
}

function resolutionName(id: string | null): string | null {
  if (id === null) return null;
  return RESOLUTIONS.find((r) => r.id === id)?.name ?? null;
}

function personName(accountId: string | null): string | null {
  if (accountId === null) return null;
  return PEOPLE_BY_ACCOUNT_ID.get(accountId)?.displayName ?? null;
}

/** A change of the Flagged field, as Jira Software records it. */
export function flaggedItem(fieldId: string, from: boolean, to: boolean): ChangeItem {
  const text = (on: boolean): string | null => (on ? 'Impediment' : null);
  return { field: 'Flagged', fieldtype: 'custom', fieldId, from: on(from), fromString: text(from), to: on(to), toString: text(to) };
}

function on(flag: boolean): string | null {
  return flag ? '[10019]' : null;
}
