import { z } from 'zod';
import { strictObject } from './strict-object';
import { DAY_UNITS } from './panel-constants';

/**
 * The squad configuration, version 2 (version 1 plus board and hand-off settings): one schema for the app, the admin page, the CLI and the
 * local harness. Stages are referred to by name everywhere (names are unique within a squad).
 * `DROPPED` is the reserved mapping target for the terminal won't-do outcome.
 */
export const SQUAD_CONFIG_VERSION = 2 as const;
export const DROPPED = 'Dropped' as const;

/** Upper bounds that keep one config, its preview and its permission checks small. */
export const MAX_STAGES = 12;
export const MAX_PROJECTS = 20;
export const MAX_LANES = 20;
/** Bounds on every other list and map, far above any real squad, so no input makes unbounded work. */
export const MAX_ISSUE_TYPES = 50;
export const MAX_STATUSES_PER_PROJECT = 500;
export const MAX_DISCIPLINE_VALUES = 200;
export const MAX_HOLIDAYS = 400;
export const MAX_PERCENTILES = 10;

export const BACKWARD_POLICIES = ['keep', 'reset', 'last'] as const;
export { DAY_UNITS };
export const STAGE_COLORS = ['neutral', 'blue', 'teal', 'green', 'yellow', 'orange', 'red', 'purple', 'magenta'] as const;

const projectKey = z
  .string()
  .max(10, 'must be a Jira project key: 2-10 capitals, digits or _, starting with a letter')
  .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key: 2-10 capitals, digits or _, starting with a letter');
const statusId = z.string().max(18, 'must be a Jira status ID (digits)').regex(/^\d{1,18}$/, 'must be a Jira status ID (digits)');
const stageName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .refine((n) => n.toLowerCase() !== DROPPED.toLowerCase(), `"${DROPPED}" is reserved for the dropped outcome`);
const isoDate = z.string().max(10, 'must be a date as YYYY-MM-DD').regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** Zone names already checked (a config is parsed on every read): building a DateTimeFormat is slow. */
const knownZones = new Map<string, boolean>();
const KNOWN_ZONES_MAX = 64;

function isTimeZone(tz: string): boolean {
  const known = knownZones.get(tz);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    valid = true;
  } catch {
    valid = false;
  }
  // Bounded: names are at most 64 characters, and at most this many are kept (oldest out first).
  if (knownZones.size >= KNOWN_ZONES_MAX) knownZones.delete(knownZones.keys().next().value as string);
  knownZones.set(tz, valid);
  return valid;
}

const fieldId = z.string().max(64, 'must be a Jira field ID').regex(/^(customfield_\d+|[a-z][A-Za-z]*)$/, 'must be a Jira field ID');
/** A discipline (swimlane) name. */
const laneName = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

/** A map with a bounded number of entries (zod records have no size check of their own). */
function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number, what: string) {
  return z.record(key, value).refine((r) => Object.keys(r).length <= max, `at most ${max} ${what}`);
}

export const stageSchema = strictObject({
  name: stageName,
  color: z.enum(STAGE_COLORS).default('neutral'),
  /** Active stages count as work in flow efficiency; waiting stages are queues. */
  kind: z.enum(['active', 'waiting']).default('active'),
  /** Board column WIP limit (the most items the column should hold); absent means no limit. */
  wipLimit: z.number('A WIP limit is a number').int('A WIP limit is a whole number').min(1, 'A WIP limit is 1 or more').max(999, 'A WIP limit is at most 999').optional(),
  /** Board column minimum: fewer items than this flags the column as starved; absent means none. */
  wipMin: z.number('A minimum is a number').int('A minimum is a whole number').min(0, 'A minimum is 0 or more').max(999, 'A minimum is at most 999').optional(),
  /** Per discipline (swimlane) name: the most items that lane should hold in this column. */
  laneWipLimits: boundedRecord(laneName, z.number('A lane limit is a number').int('A lane limit is a whole number').min(1, 'A lane limit is 1 or more').max(999, 'A lane limit is at most 999'), MAX_LANES, 'lanes').optional(),
});

export const SWIMLANES = ['discipline', 'assignee', 'none'] as const;

export const boardSchema = strictObject({
  /** Items that reached the last stage within this many days still show on the board. */
  doneWindowDays: z.number('The done window is a number of days').int('The done window is a whole number of days').min(1, 'The done window is 1 day or more').max(90, 'The done window is at most 90 days').default(14),
  /** The board's default swimlanes; a viewer may switch them on the page. */
  swimlanes: z.enum(SWIMLANES).default('discipline'),
});

export const handoffSchema = strictObject({
  /** The stage whose entry by the upstream item starts a hand-off wait; absent means the second stage. */
  stage: stageName.optional(),
  /** Issue link type names that make a hand-off; empty means any link type. */
  linkTypes: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  /** Whether parent/child across the squad's projects makes a hand-off too. */
  parentChild: z.boolean().default(true),
});

/** A component name, label or field option value (Jira allows up to 255 characters). */
const disciplineKey = z.string().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const disciplineValues = <K extends z.core.$ZodRecordKey>(key: K) => boundedRecord(key, laneName, MAX_DISCIPLINE_VALUES, 'values');

export const disciplineRuleSchema = z.discriminatedUnion('by', [
  strictObject({ by: z.literal('project'), values: disciplineValues(projectKey) }),
  strictObject({ by: z.literal('component'), values: disciplineValues(disciplineKey) }),
  strictObject({ by: z.literal('label'), values: disciplineValues(disciplineKey) }),
  strictObject({ by: z.literal('field'), fieldId, values: disciplineValues(disciplineKey) }),
]);

export const quickWinSchema = strictObject({
  label: z
    .string()
    .min(1)
    .max(255)
    .regex(/^\S+$/, 'Jira labels cannot contain spaces')
    .default('quick-win'),
  candidate: strictObject({
    /** Numeric field holding the effort estimate (story points by default). */
    effortFieldId: fieldId,
    maxEffort: z.number().nonnegative().max(1_000_000),
    /** Stages in which an item may still be suggested as a quick win. */
    stages: z.array(stageName).min(1).max(MAX_STAGES, `at most ${MAX_STAGES} stages`),
  }).optional(),
});

export const calendarSchema = strictObject({
  timeZone: z.string().max(64, 'must be an IANA time zone such as Europe/Berlin').refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').default('UTC'),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: z
    .array(z.number().int().min(1).max(7))
    .min(1, 'needs at least one working day')
    .max(7, 'at most 7 working days')
    .default([1, 2, 3, 4, 5]),
  holidays: z.array(isoDate).max(MAX_HOLIDAYS, `at most ${MAX_HOLIDAYS} holidays`).default([]),
});

const squadConfigObject = strictObject({
  schemaVersion: z.literal(SQUAD_CONFIG_VERSION).default(SQUAD_CONFIG_VERSION),
  id: z
    .string()
    .max(63, 'must be lower-case letters, digits and dashes (at most 63)')
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)'),
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  projects: z.array(projectKey).min(1, 'needs at least one project').max(MAX_PROJECTS, `at most ${MAX_PROJECTS} projects`),
  /** Issue type names to include; empty means every type. */
  issueTypes: z
    .array(z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters'))
    .max(MAX_ISSUE_TYPES, `at most ${MAX_ISSUE_TYPES} issue types`)
    .default([]),
  stages: z.array(stageSchema).min(2, 'needs at least two stages').max(MAX_STAGES, `at most ${MAX_STAGES} stages`),
  leadTime: strictObject({ from: stageName, to: stageName }),
  /** Per project key: status ID → stage name or "Dropped". Unlisted statuses are reported as unmapped. */
  statusMap: boundedRecord(
    projectKey,
    boundedRecord(statusId, z.string().min(1, 'must not be empty').max(40, 'must be at most 40 characters'), MAX_STATUSES_PER_PROJECT, 'statuses'),
    MAX_PROJECTS,
    'projects',
  ),
  discipline: disciplineRuleSchema,
  quickWin: quickWinSchema.default({ label: 'quick-win' }),
  backwardPolicy: z.enum(BACKWARD_POLICIES).default('keep'),
  unit: z.enum(DAY_UNITS).default('elapsed'),
  calendar: calendarSchema.default({ timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] }),
  percentiles: z.array(z.number().gt(0).lt(100)).min(1).max(MAX_PERCENTILES, `at most ${MAX_PERCENTILES} percentiles`).default([50, 70, 85, 95]),
  forecast: strictObject({
    windowWeeks: z.number().int().min(1).max(104).default(12),
    trials: z.number().int().min(100).max(100_000).default(10_000),
  }).default({ windowWeeks: 12, trials: 10_000 }),
  board: boardSchema.default({ doneWindowDays: 14, swimlanes: 'discipline' }),
  handoff: handoffSchema.default({ linkTypes: [], parentChild: true }),
});

/** The top-level keys of the current version (the v0 upgrade adds its legacy keys to these). */
export const SQUAD_CONFIG_KEYS: readonly string[] = Object.keys(squadConfigObject.shape);

/** Cross-field rules: names must resolve, pairs must be ordered. Each problem names its field. */
export const squadConfigSchema = squadConfigObject.superRefine((cfg, ctx) => {
  const names = cfg.stages.map((s) => s.name);
  const index = new Map<string, number>();
  // Names differing only in case would read as the same column on the board: refuse them too.
  const lowerSeen = new Set<string>();
  names.forEach((n, i) => {
    if (lowerSeen.has(n.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['stages', i, 'name'], message: `duplicate stage name "${n}"` });
    else index.set(n, i);
    lowerSeen.add(n.toLowerCase());
  });
  const from = index.get(cfg.leadTime.from);
  const to = index.get(cfg.leadTime.to);
  if (from === undefined) ctx.addIssue({ code: 'custom', path: ['leadTime', 'from'], message: `unknown stage "${cfg.leadTime.from}"` });
  if (to === undefined) ctx.addIssue({ code: 'custom', path: ['leadTime', 'to'], message: `unknown stage "${cfg.leadTime.to}"` });
  if (from !== undefined && to !== undefined && from >= to) {
    ctx.addIssue({ code: 'custom', path: ['leadTime', 'to'], message: `"${cfg.leadTime.to}" must come after "${cfg.leadTime.from}"` });
  }
  const projects = new Set<string>();
  cfg.projects.forEach((p, i) => {
    if (projects.has(p)) ctx.addIssue({ code: 'custom', path: ['projects', i], message: `duplicate project "${p}"` });
    projects.add(p);
  });
  for (const [project, map] of Object.entries(cfg.statusMap)) {
    if (!projects.has(project)) {
      ctx.addIssue({ code: 'custom', path: ['statusMap', project], message: `project "${project}" is not one of the squad's projects` });
    }
    for (const [status, target] of Object.entries(map)) {
      if (target !== DROPPED && !index.has(target)) {
        ctx.addIssue({ code: 'custom', path: ['statusMap', project, status], message: `unknown stage "${target}"` });
      }
    }
  }
  for (const [i, s] of (cfg.quickWin.candidate?.stages ?? []).entries()) {
    if (!index.has(s)) ctx.addIssue({ code: 'custom', path: ['quickWin', 'candidate', 'stages', i], message: `unknown stage "${s}"` });
  }
  cfg.stages.forEach((s, i) => {
    if (s.wipMin !== undefined && s.wipLimit !== undefined && s.wipMin > s.wipLimit) {
      ctx.addIssue({ code: 'custom', path: ['stages', i, 'wipMin'], message: `the minimum (${s.wipMin}) is above the WIP limit (${s.wipLimit})` });
    }
  });
  if (cfg.handoff.stage !== undefined && !index.has(cfg.handoff.stage)) {
    ctx.addIssue({ code: 'custom', path: ['handoff', 'stage'], message: `unknown stage "${cfg.handoff.stage}"` });
  }
  reportDuplicates(ctx, ['calendar', 'workingDays'], cfg.calendar.workingDays, (d) => `weekday ${d} is listed twice`);
  reportDuplicates(ctx, ['calendar', 'holidays'], cfg.calendar.holidays, (d) => `holiday ${d} is listed twice`);
  reportDuplicates(ctx, ['percentiles'], cfg.percentiles, (p) => `percentile ${p} is listed twice`);
  if (cfg.discipline.by === 'project') {
    for (const key of Object.keys(cfg.discipline.values)) {
      if (!projects.has(key)) ctx.addIssue({ code: 'custom', path: ['discipline', 'values', key], message: `project "${key}" is not one of the squad's projects` });
    }
  }
});

function reportDuplicates<T>(ctx: z.core.$RefinementCtx, path: string[], values: readonly T[], message: (v: T) => string): void {
  const seen = new Set<T>();
  values.forEach((v, i) => {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [...path, i], message: message(v) });
    seen.add(v);
  });
}

/** A validated squad configuration with every default filled in. */
export type SquadConfig = z.output<typeof squadConfigSchema>;
/** What a person may write: defaults may be left out. */
export type SquadConfigInput = z.input<typeof squadConfigSchema>;
export type Stage = SquadConfig['stages'][number];
export type DisciplineRule = SquadConfig['discipline'];
export type BackwardPolicy = (typeof BACKWARD_POLICIES)[number];
export type DayUnit = (typeof DAY_UNITS)[number];
export type Swimlanes = (typeof SWIMLANES)[number];

/** The stage whose entry starts a hand-off wait: the configured one, else the second stage. */
export function handoffStageOf(config: Pick<SquadConfig, 'stages' | 'handoff'>): string {
  return config.handoff.stage ?? config.stages[1]?.name ?? config.stages[0]?.name ?? '';
}
