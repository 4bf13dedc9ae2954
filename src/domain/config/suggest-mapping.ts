import { DROPPED } from '../../contract/squad-config';
import type { SuggestionRule } from '../../contract/squads';
import type { StatusInfo } from './status-info';

export type { SuggestionRule };

export interface StatusSuggestion {
  statusId: string;
  /** A stage name, `Dropped`, or null when nothing fits (no category). */
  target: string | null;
  rule: SuggestionRule;
}

/**
 * In-progress names that mean the idea is still being shaped, not built: these stay in the first
 * stage (a marketing "Brief" is part of the idea, not of the prototype).
 */
const SHAPING = /\b(brief(ing)?|shap(e|ing)|discovery|research(ing)?|analy(sis|sing|zing)|refine(ment)?|refining|triage|scoping|ideation|evaluat(e|ing|ion)|assess(ment|ing)?)\b/;

/** Names that mean "we decided not to do it": these end as Dropped whatever their category. */
const WONT_DO = /\b(won'?t do|wont do|will not do|not doing|drop(ped)?|cancell?ed|reject(ed)?|abandon(ed)?|declined|obsolete|invalid|duplicate)\b/;

/**
 * Suggests a stage (or Dropped) for each of a project's statuses, in this order of rules:
 * 1. a won't-do name (Won't Do, Dropped, Cancelled, Rejected, Abandoned, Declined, Obsolete,
 *    Invalid, Duplicate, Not doing) → Dropped;
 * 2. a name naming a stage, ignoring case and word endings ("Prototyping" → Prototype,
 *    "Go live" → Live, "Ideas" → Idea) → that stage;
 * 3. an In Progress status named for shaping work (Brief, Discovery, Research, Analysis,
 *    Refinement, Triage, Scoping, Evaluation, Assessment) → the first stage;
 * 4. the status category: To Do → the first stage, In Progress → the second stage (the first
 *    stage of work), Done → the last stage;
 * 5. otherwise no suggestion.
 * Statuses repeated (Jira lists them per issue type) are answered once, in first-seen order.
 *
 * @example suggestMapping([{ id: '3', name: 'In Progress', category: 'indeterminate' }], ['Idea', 'Prototype', 'Pilot', 'Live'])
 * // [{ statusId: '3', target: 'Prototype', rule: 'category' }]
 */
export function suggestMapping(statuses: readonly StatusInfo[], stageNames: readonly string[]): StatusSuggestion[] {
  const seen = new Set<string>();
  const out: StatusSuggestion[] = [];
  for (const status of statuses) {
    if (seen.has(status.id)) continue;
    seen.add(status.id);
    out.push({ statusId: status.id, ...suggestOne(status, stageNames) });
  }
  return out;
}

/** The suggestions as a status map for one project (statuses without a suggestion left out). */
export function suggestionsToStatusMap(suggestions: readonly StatusSuggestion[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const s of suggestions) if (s.target !== null) map[s.statusId] = s.target;
  return map;
}

function suggestOne(status: StatusInfo, stageNames: readonly string[]): Omit<StatusSuggestion, 'statusId'> {
  const words = wordsOf(status.name);
  if (WONT_DO.test(words.join(' '))) return { target: DROPPED, rule: 'wont-do-name' };
  const byName = stageNamed(words, stageNames);
  if (byName !== undefined) return { target: byName, rule: 'stage-name' };
  const first = stageNames[0];
  if (status.category === 'indeterminate' && first !== undefined && SHAPING.test(words.join(' '))) return { target: first, rule: 'shaping-name' };
  const byCategory = stageForCategory(status.category, stageNames);
  return byCategory === undefined ? { target: null, rule: 'none' } : { target: byCategory, rule: 'category' };
}

function stageForCategory(category: StatusInfo['category'], stageNames: readonly string[]): string | undefined {
  switch (category) {
    case 'new':
      return stageNames[0];
    case 'indeterminate':
      return stageNames[Math.min(1, stageNames.length - 1)];
    case 'done':
      return stageNames[stageNames.length - 1];
    default:
      return undefined;
  }
}

/** The first stage whose name matches exactly, else the first whose word stems appear in order. */
function stageNamed(statusWords: readonly string[], stageNames: readonly string[]): string | undefined {
  const joined = statusWords.join(' ');
  const exact = stageNames.find((s) => wordsOf(s).join(' ') === joined);
  if (exact !== undefined) return exact;
  const statusStems = statusWords.map(stem);
  return stageNames.find((s) => containsRun(statusStems, wordsOf(s).map(stem)));
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter((w) => w !== '');
}

/** A light stemmer: enough to equate Prototype/Prototyping/Prototypes, Idea/Ideas, Live/Lived. */
function stem(word: string): string {
  return word.length <= 3 ? word : word.replace(/(ing|ed|es|s|e)$/, '');
}
