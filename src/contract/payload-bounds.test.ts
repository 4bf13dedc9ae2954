import { z } from 'zod';
import * as contract from './index';
import { FUNCTION_PAYLOADS } from './functions';
import { squadConfigSchema } from './squad-config';

/**
 * Every string and every list in every resolver payload schema and in the squad config has an upper
 * bound (issue 12.6): unbounded input is unbounded work (and, passed on, unbounded Jira requests).
 * A new payload schema without bounds fails here.
 */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: { check: string } } }>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const hasMax = (d: Def): boolean => (d.checks ?? []).some((c) => c._zod.def.check === 'max_length' || c._zod.def.check === 'length_equals');

/** Paths of unbounded strings and lists under `schema`. */
function unbounded(schema: z.ZodType, path: string, out: string[], seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const d = defOf(schema);
  const walk = (s: z.ZodType | undefined, p: string): void => void (s && unbounded(s, p, out, seen));
  switch (d.type) {
    case 'string':
      if (!hasMax(d)) out.push(path);
      break;
    case 'array':
      if (!hasMax(d)) out.push(path);
      walk(d.element, `${path}[]`);
      break;
    case 'object':
      for (const [k, v] of Object.entries(d.shape ?? {})) walk(v, `${path}.${k}`);
      break;
    case 'record':
      walk(d.keyType, `${path}{key}`);
      walk(d.valueType, `${path}{value}`);
      break;
    case 'union':
      (d.options ?? []).forEach((o, i) => walk(o, `${path}|${i}`));
      break;
    case 'pipe':
      walk(d.in, path);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      walk(d.innerType, path);
      break;
    default:
      break;
  }
  return out;
}

const payloadSchemas = Object.entries(FUNCTION_PAYLOADS) as Array<[string, z.ZodType]>;

describe('bounds on every payload and config schema', () => {
  it('the check itself finds unbounded strings and lists', () => {
    const loose = z.object({ a: z.string(), b: z.array(z.string().max(1)), c: z.record(z.string(), z.string().max(3)).optional() });
    expect(unbounded(loose, '$', [])).toEqual(['$.a', '$.b', '$.c{key}']);
  });

  it('finds the payload schemas', () => {
    expect(payloadSchemas.map(([n]) => n)).toEqual(expect.arrayContaining(['squads.save', 'squads.projectStatuses', 'metrics.get', 'sync.status']));
  });

  it.each(payloadSchemas)('%s bounds every string and list', (_name, schema) => {
    expect(unbounded(schema, '$', [])).toEqual([]);
  });

  it('the squad config bounds every string and list', () => {
    expect(unbounded(squadConfigSchema, '$', [])).toEqual([]);
  });

  it('de-duplicates project lists, so a repeated key costs one Jira request', () => {
    const p = contract.projectStatusesPayload.parse({ projectKeys: Array.from({ length: 20 }, () => 'MKT'), stageNames: ['Idea', 'Live'] });
    expect(p.projectKeys).toEqual(['MKT']);
    expect(contract.projectSearchPayload.parse({ keys: ['MKT', 'IT', 'MKT'] }).keys).toEqual(['MKT', 'IT']);
  });

  it('refuses oversized lists and strings with a bounded answer', () => {
    const r = contract.projectStatusesPayload.safeParse({ projectKeys: ['MKT'], stageNames: ['Idea', 'x'.repeat(10_000)] });
    expect(r.success).toBe(false);
    const issues = contract.toFieldIssues(r.error!);
    expect(issues).toEqual([{ path: 'stageNames.1', message: 'must be at most 40 characters' }]);
  });
});
