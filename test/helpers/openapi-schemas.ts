import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Jira's OpenAPI subset the emulator serves (regenerate with local/jira-emulator/extract-openapi-fixture.ts). */
export interface OpenApiFixture {
  endpoints: Record<string, { request?: unknown; responses: Record<string, unknown> }>;
  $defs: Record<string, unknown>;
}
export const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'openapi', 'jira-subset.json'), 'utf8')) as OpenApiFixture;

// ownProperties: an item without `toString` must not be checked against Object.prototype.toString.
export const ajv = new Ajv({ strict: true, allErrors: true, ownProperties: true });
addFormats(ajv);
// Jira writes offsets without a colon (2024-03-05T14:07:33.512+0000), which RFC 3339's date-time
// rejects; the emulator writes exactly Jira's form, so that is what the tests hold it to.
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/);
ajv.addSchema({ $id: 'jira', $defs: fixture.$defs });
const inJira = (schema: unknown): object => JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"jira#/$defs/')) as object;
const compiled = new Map<string, ValidateFunction>();

/** A compiled validator for a schema written against the fixture's `$defs`. */
export function validatorFor(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (validate === undefined) {
    validate = ajv.compile(inJira(schema));
    compiled.set(key, validate);
  }
  return validate;
}

/** The validator of one named schema of the document (`IssueBean`, `ErrorCollection`, …). */
export const byName = (name: string): ValidateFunction => validatorFor({ $ref: `#/$defs/${name}` });

export function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  if (!validate(value)) throw new Error(`${what} does not match the OpenAPI schema: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}
