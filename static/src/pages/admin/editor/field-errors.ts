import { toFieldIssues, type FieldIssue, type SquadConfig } from '../../../../../src/contract';
import { squadConfigSchema } from '../../../../../src/contract/squad-config';

/** Field problems by dotted path, as the schema and the resolvers name them. */
export type FieldErrors = ReadonlyMap<string, string>;

export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const map = new Map<string, string>();
  for (const i of issues) if (!map.has(i.path)) map.set(i.path, i.message);
  return map;
}

/** The same zod schema the resolvers use, run in the browser so mistakes show before a round trip. */
export function validateDraft(draft: SquadConfig): FieldIssue[] {
  const result = squadConfigSchema.safeParse(draft);
  return result.success ? [] : toFieldIssues(result.error);
}

/** Problems at `path` or below it (e.g. every `statusMap.MKT.*`), with their paths. */
export function errorsUnder(errors: FieldErrors, prefix: string): Array<[string, string]> {
  return [...errors].filter(([path]) => path === prefix || path.startsWith(`${prefix}.`));
}
