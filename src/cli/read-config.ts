import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describeFieldIssues } from '../contract/field-issues';
import type { SquadConfig } from '../contract/squad-config';
import { safeMigrateSquadConfig } from '../domain/config/migrate-squad-config';
import { CliError } from './cli-error';

/**
 * Reads a squad configuration (JSON, or YAML for `.yaml`/`.yml` files), migrates older shapes as
 * the app does on read, and validates it with the app's schema; errors name the file and every bad
 * field.
 */
export function readSquadConfig(file: string): SquadConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read the squad configuration (${e instanceof Error ? e.message : String(e)})`);
  }
  const yaml = /\.ya?ml$/i.test(file);
  let raw: unknown;
  try {
    raw = yaml ? (parseYaml(text) as unknown) : (JSON.parse(text) as unknown);
  } catch (e) {
    throw new CliError(`${file}: not valid ${yaml ? 'YAML' : 'JSON'}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const parsed = safeMigrateSquadConfig(raw);
  if (!parsed.success) throw new CliError(`${file}: invalid squad configuration: ${describeFieldIssues(parsed.issues)}`);
  return parsed.data;
}
