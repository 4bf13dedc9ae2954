import { FLAGGED_FIELD_ID, FLAGGED_OPTION, STORY_POINTS_FIELD_ID, type IssueRecord } from '../../demo-data';
import type { FieldChanges } from '../issue-store';

export type FieldEditResult = { ok: true; changes: FieldChanges } | { ok: false; errors: Record<string, string> };

const EDITABLE = new Set(['labels', 'summary', STORY_POINTS_FIELD_ID, FLAGGED_FIELD_ID]);

function notOnScreen(field: string): string {
  return `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

function checkLabel(label: unknown): string | null {
  if (typeof label !== 'string' || label.length === 0) return 'Labels must be non-empty strings.';
  if (/\s/.test(label)) return `The label '${label}' contains spaces which is invalid.`;
  if (label.length > 255) return `The label '${label.slice(0, 20)}…' is longer than 255 characters.`;
  return null;
}

/**
 * Reads the `fields` and `update` parts of an edit (PUT issue, or a transition's fields) the way
 * Jira does for the fields the emulator supports: labels (set, add, remove), summary and story
 * points, Flagged (`[{"value":"Impediment"}]` or `[]`/null). Everything else is refused with Jira's "not on the appropriate screen" error.
 */
export function parseFieldEdits(body: { fields?: Record<string, unknown>; update?: Record<string, unknown> }, issue: IssueRecord): FieldEditResult {
  const errors: Record<string, string> = {};
  const fields = body.fields ?? {};
  const update = body.update ?? {};
  for (const name of [...Object.keys(fields), ...Object.keys(update)]) if (!EDITABLE.has(name)) errors[name] = notOnScreen(name);
  for (const name of Object.keys(fields)) if (name in update) errors[name] = `Field '${name}' cannot be set in both 'fields' and 'update'.`;
  const changes: FieldChanges = {};

  let labels = [...issue.labels];
  let labelsTouched = false;
  if ('labels' in fields) {
    const value = fields.labels;
    if (!Array.isArray(value)) errors.labels = 'Labels must be an array of strings.';
    else {
      labels = value.filter((l): l is string => typeof l === 'string');
      value.forEach((l) => {
        const problem = checkLabel(l);
        if (problem !== null) errors.labels = problem;
      });
    }
    labelsTouched = true;
  }
  const ops = update.labels;
  if (ops !== undefined) {
    if (!Array.isArray(ops)) errors.labels = 'update.labels must be an array of operations.';
    else {
      for (const op of ops as unknown[]) {
        const { add, remove, set } = (typeof op === 'object' && op !== null ? op : {}) as { add?: unknown; remove?: unknown; set?: unknown };
        if (add !== undefined) {
          const problem = checkLabel(add);
          if (problem !== null) errors.labels = problem;
          else labels.push(add as string);
        } else if (remove !== undefined) labels = labels.filter((l) => l !== remove);
        else if (Array.isArray(set)) {
          set.forEach((l) => {
            const problem = checkLabel(l);
            if (problem !== null) errors.labels = problem;
          });
          labels = set.filter((l): l is string => typeof l === 'string');
        } else errors.labels = "Each label operation must be {\"add\": label}, {\"remove\": label} or {\"set\": [labels]}.";
      }
    }
    labelsTouched = true;
  }
  if (labelsTouched) changes.labels = labels;

  if ('summary' in fields) {
    const summary = fields.summary;
    if (typeof summary !== 'string' || summary.trim() === '') errors.summary = 'You must specify a summary of the issue.';
    else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';
    else changes.summary = summary;
  }
  if (STORY_POINTS_FIELD_ID in fields) {
    const points = fields[STORY_POINTS_FIELD_ID];
    if (points !== null && (typeof points !== 'number' || !Number.isFinite(points))) errors[STORY_POINTS_FIELD_ID] = 'Operation value must be a number';
    else changes.storyPoints = points;
  }
  if (FLAGGED_FIELD_ID in fields) {
    const flag = readFlag(fields[FLAGGED_FIELD_ID]);
    if (flag === 'invalid') errors[FLAGGED_FIELD_ID] = `Option value '${JSON.stringify(fields[FLAGGED_FIELD_ID])}' is not valid`;
    else changes.flagged = flag;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, changes };
}

/** A checkbox field's value: options by `value` or `id`; the only option is "Impediment". */
function readFlag(value: unknown): boolean | 'invalid' {
  if (value === null) return false;
  if (!Array.isArray(value)) return 'invalid';
  if (value.length === 0) return false;
  const ok = value.every((o: unknown) => {
    const opt = (typeof o === 'object' && o !== null ? o : {}) as { value?: unknown; id?: unknown };
    return opt.value === FLAGGED_OPTION.value || opt.id === FLAGGED_OPTION.id;
  });
  return ok ? true : 'invalid';
}
