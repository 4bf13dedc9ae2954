import { readFileSync } from 'node:fs';
import { describeFieldIssues } from '../contract/field-issues';
import type { SquadConfig } from '../contract/squad-config';
import { ConfigTextError, parseConfigText } from '../domain/config/config-text';
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
    raw = parseConfigText(text, yaml ? 'yaml' : 'json');
  } catch (e) {
    if (e instanceof ConfigTextError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  const parsed = safeMigrateSquadConfig(raw);
  if (!parsed.success) throw new CliError(`${file}: invalid squad configuration: ${describeFieldIssues(parsed.issues)}`);
  return parsed.data;
}
