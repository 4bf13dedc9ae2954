import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXTRA_SCHEMAS, SERVED_OPERATIONS } from './openapi-endpoints';

/**
 * Regenerates test/fixtures/openapi/jira-subset.json from Jira's platform OpenAPI document: for
 * each operation the emulator serves, its JSON request and 2xx response schemas, plus every schema
 * they reference (and the field-value schemas in EXTRA_SCHEMAS). OpenAPI-only keywords are turned
 * into JSON Schema (`nullable`) or dropped (`description`, `example`, `xml`), and references point
 * at `#/$defs/<Name>` so ajv can load the subset as one schema.
 *
 *   tsx local/jira-emulator/extract-openapi-fixture.ts [path/to/jira-platform-openapi-v3.json]
 */
type Schema = Record<string, unknown>;
interface OpenApiDocument {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const repoRoot = resolve(__dirname, '..', '..');
const source = process.argv[2] ?? process.env.JIRA_OPENAPI ?? resolve(repoRoot, '..', 'shared', 'jira', 'jira-platform-openapi-v3.json');
const target = join(repoRoot, 'test', 'fixtures', 'openapi', 'jira-subset.json');
const KEEP = new Set(['type', 'properties', 'additionalProperties', 'items', 'required', 'enum', 'format', 'allOf', 'oneOf', 'anyOf', 'maximum', 'minimum', 'maxItems', 'minItems', 'uniqueItems', 'maxLength', 'minLength', 'pattern', 'readOnly', 'writeOnly', 'default', '$ref']);

function convert(node: unknown, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, refs));
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (!KEEP.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace('#/components/schemas/', '');
      refs.add(name);
      out.$ref = `#/$defs/${name}`;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([p, s]) => [p, convert(s, refs)]));
    } else if (key === 'default' || key === 'enum' || key === 'required') out[key] = value;
    else out[key] = convert(value, refs);
  }
  if ((node as Schema).nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function jsonSchema(content: Record<string, { schema?: Schema }> | undefined): Schema | undefined {
  const schema = content?.['application/json']?.schema;
  return schema === undefined || Object.keys(schema).length === 0 ? undefined : schema;
}

function main(): void {
  if (!existsSync(source)) throw new Error(`No OpenAPI document at ${source}; pass its path as the first argument.`);
  const doc = JSON.parse(readFileSync(source, 'utf8')) as OpenApiDocument;
  const refs = new Set<string>(EXTRA_SCHEMAS);
  const endpoints: Record<string, { request?: unknown; responses: Record<string, unknown> }> = {};
  for (const key of Object.keys(SERVED_OPERATIONS)) {
    const [method, path] = key.split(' ') as [string, string];
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (op === undefined) throw new Error(`The document has no operation ${key}`);
    const request = jsonSchema(op.requestBody?.content);
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const schema = status.startsWith('2') ? jsonSchema(response.content) : undefined;
      if (schema !== undefined) responses[status] = convert(schema, refs);
    }
    endpoints[key] = { ...(request === undefined ? {} : { request: convert(request, refs) }), responses };
  }
  const defs: Record<string, unknown> = {};
  const pending = [...refs];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (name in defs) continue;
    const schema = doc.components.schemas[name];
    if (schema === undefined) throw new Error(`The document has no schema ${name}`);
    const found = new Set<string>();
    defs[name] = convert(schema, found);
    pending.push(...[...found].filter((n) => !(n in defs)));
  }
  const sortedDefs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  const fixture = {
    source: `Jira Cloud platform REST API v3 OpenAPI document ${doc.info.version} (Apache-2.0): the operations the emulator serves. Regenerate with: tsx local/jira-emulator/extract-openapi-fixture.ts`,
    endpoints,
    $defs: sortedDefs,
  };
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`Wrote ${Object.keys(endpoints).length} operations and ${Object.keys(sortedDefs).length} schemas to ${target}`);
}

main();
