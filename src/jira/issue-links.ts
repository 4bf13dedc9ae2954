import type { IssueLinkRef } from '../domain/model/issue-history';

/*
 * Issue links and the parent as hand-offs need them (IDs and link type names, never text), read
 * leniently: Jira's shapes (OpenAPI IssueLink, LinkedIssue, IssueLinkType; `fields.parent`) carry
 * much more, and an entry lacking what is needed is left out rather than refusing the issue. The
 * CLI's byte reader follows these same rules (its equivalence tests check it).
 */

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v !== '';

/**
 * `fields.issuelinks` → `{issueId, type}` per link: the other issue is `outwardIssue` or
 * `inwardIssue` (Jira's issue fields carry one of them). A link written with both sides, as the
 * OpenAPI `IssueLink` of `/issueLink/{id}` has them, gives both IDs, outward first (one is the issue
 * itself, which no hand-off counts), so the link is kept whichever side the issue is. Entries
 * without a type name or another issue's ID are skipped. Undefined when the field is absent or not
 * an array (the source did not ask for links).
 */
export function linksOf(value: unknown): IssueLinkRef[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: IssueLinkRef[] = [];
  for (const link of value) {
    if (!isObj(link)) continue;
    const type = isObj(link['type']) ? link['type']['name'] : undefined;
    if (!nonEmpty(type)) continue;
    const outward = isObj(link['outwardIssue']) ? link['outwardIssue']['id'] : undefined;
    const inward = isObj(link['inwardIssue']) ? link['inwardIssue']['id'] : undefined;
    if (nonEmpty(outward)) out.push({ issueId: outward, type });
    if (nonEmpty(inward) && inward !== outward) out.push({ issueId: inward, type });
  }
  return out;
}

/** `fields.parent` → the parent's ID; null when the field is there without one; undefined when absent. */
export function parentIdOf(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  return isObj(value) && nonEmpty(value['id']) ? value['id'] : null;
}
