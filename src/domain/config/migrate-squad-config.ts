import { z } from 'zod';
import { toFieldIssues } from '../../contract/field-issues';
import type { FieldIssue } from '../../contract/result';
import { SQUAD_CONFIG_KEYS, SQUAD_CONFIG_VERSION, squadConfigSchema, type SquadConfig } from '../../contract/squad-config';
import { unknownKeyMessage } from '../../contract/strict-object';
import { V0_LEGACY_KEYS, upgradeV0 } from './upgrade-v0';

type RawConfig = Record<string, unknown>;

/**
 * One step per older version: `STEPS[n]` turns a version-n object into a version n+1 object.
 * Steps only reshape; the schema validates at the end, so a step never needs to be defensive.
 */
const STEPS: Readonly<Record<number, (raw: RawConfig) => RawConfig>> = {
  0: upgradeV0,
  // Version 2 only adds settings (board, hand-off, stage minimums and lane limits) with defaults.
  1: (raw) => raw,
};

/**
 * Reads a squad configuration of any version this app knows — a stored one, an imported file, a
 * CLI `--config` — and answers the current version with every default filled in. A config
 * without `schemaVersion` is version 0 (the hand-written shape described in
 * docs/configuration.md); a current config passes through unchanged.
 *
 * @throws z.ZodError naming each bad field, including a `schemaVersion` newer than this app.
 * @example migrateSquadConfig({ id: 'growth', name: 'Growth', projects: ['MKT'], stages: ['Idea', 'Live'], leadTime: 'Idea -> Live', statusMap: { '10000': 'Idea' } })
 */
export function migrateSquadConfig(raw: unknown): SquadConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw zodIssue([], 'a squad configuration must be a JSON object');
  }
  let current = { ...(raw as RawConfig) };
  // Only an absent version means version 0: `"schemaVersion": null` is a mistake, not a legacy file.
  const version = Object.hasOwn(current, 'schemaVersion') ? current['schemaVersion'] : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw zodIssue(['schemaVersion'], 'must be a whole number');
  }
  if (version > SQUAD_CONFIG_VERSION) {
    throw zodIssue(['schemaVersion'], `version ${version} was written by a newer SquadFlow; this one reads versions up to ${SQUAD_CONFIG_VERSION}`);
  }
  refuseKeysUnknownIn(version, current);
  for (let v = version; v < SQUAD_CONFIG_VERSION; v++) {
    const step = STEPS[v];
    if (step === undefined) throw zodIssue(['schemaVersion'], `no migration from version ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return squadConfigSchema.parse(current);
}

/** Settings that version 2 added: in a version 1 file they are unknown keys (probably a wrong version). */
const V2_TOP_KEYS = ['board', 'handoff'];
const V2_STAGE_KEYS = ['wipMin', 'laneWipLimits'];

/**
 * Unknown keys are refused in every version, each naming the closest key of *that* version: the
 * current schema refuses them after the upgrade steps, but a version 0 file may also hold its legacy
 * keys (and a typo of one should be named as such), and a version 1 file may not hold version 2's.
 */
function refuseKeysUnknownIn(version: number, raw: RawConfig): void {
  const issues: z.core.$ZodIssue[] = [];
  const add = (path: Array<string | number>, message: string): void => {
    issues.push({ code: 'custom', path, message, input: undefined });
  };
  if (version === 0) {
    const known = [...SQUAD_CONFIG_KEYS, ...V0_LEGACY_KEYS];
    for (const key of Object.keys(raw)) if (!known.includes(key)) add([key], unknownKeyMessage(key, known));
  }
  if (version === 1) {
    const later = ' is a version 2 setting: set schemaVersion to 2 to use it';
    for (const key of V2_TOP_KEYS) if (Object.hasOwn(raw, key)) add([key], `${key}${later}`);
    const stages = raw['stages'];
    if (Array.isArray(stages)) {
      stages.forEach((stage: unknown, i) => {
        if (typeof stage !== 'object' || stage === null) return;
        for (const key of V2_STAGE_KEYS) if (Object.hasOwn(stage, key)) add(['stages', i, key], `${key}${later}`);
      });
    }
  }
  // JSON.parse keeps a `"__proto__"` key as an own property, but zod records drop it silently: a
  // status or discipline keyed so would vanish from the saved squad without a word. Refuse it by path.
  findProtoKeys(raw, [], (path) => add(path, 'unknown key __proto__ — this name cannot be used as a key'));
  if (issues.length > 0) throw new z.ZodError(issues);
}

/** Calls `found` with the path of each own `__proto__` key, at most 8 levels down (configs nest 5). */
function findProtoKeys(value: unknown, path: Array<string | number>, found: (path: Array<string | number>) => void): void {
  if (typeof value !== 'object' || value === null || path.length > 8) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__' && path.length > 0) found([...path, key]);
    findProtoKeys(child, [...path, Array.isArray(value) ? Number(key) : key], found);
  }
}

/** `migrateSquadConfig` answering field issues instead of throwing. */
export function safeMigrateSquadConfig(raw: unknown): { success: true; data: SquadConfig } | { success: false; issues: FieldIssue[] } {
  try {
    return { success: true, data: migrateSquadConfig(raw) };
  } catch (err) {
    if (err instanceof z.ZodError) return { success: false, issues: toFieldIssues(err) };
    throw err;
  }
}

function zodIssue(path: Array<string | number>, message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path, message, input: undefined }]);
}
