import { DROPPED, type BackwardPolicy, type SquadConfig } from '../../contract/squad-config';

/** Stage code of a status mapped to the dropped outcome. */
export const DROPPED_CODE = -2;
/** Stage code of a status the squad has not mapped (or that no longer exists). */
export const UNMAPPED_CODE = -1;

export const POLICY_KEEP = 0;
export const POLICY_RESET = 1;
export const POLICY_LAST = 2;
export type PolicyCode = typeof POLICY_KEEP | typeof POLICY_RESET | typeof POLICY_LAST;

/** Status ID → stage index (0-based), or {@link DROPPED_CODE}. */
export type StatusLookup = ReadonlyMap<string, number>;

/**
 * The squad configuration compiled for the hot loops: stage indexes instead of names and one
 * status lookup per project. A project's lookup holds its own map first, then the other squad
 * projects' maps in configuration order, so an issue moved between projects still maps statuses
 * from its old workflow.
 */
export interface CompiledSquad {
  readonly config: SquadConfig;
  readonly stageNames: readonly string[];
  readonly stageCount: number;
  /** 1 where the stage is marked active (flow efficiency), 0 where it is a waiting stage. */
  readonly active: Uint8Array;
  readonly leadFrom: number;
  readonly leadTo: number;
  readonly policy: PolicyCode;
  readonly projects: ReadonlySet<string>;
  /** Lookup for an issue currently or formerly in `projectKey`. */
  lookupFor(projectKey: string): StatusLookup;
  /** Index of a stage name; throws a RangeError naming the stage when unknown. */
  stageIndex(name: string): number;
}

const POLICIES: Record<BackwardPolicy, PolicyCode> = { keep: POLICY_KEEP, reset: POLICY_RESET, last: POLICY_LAST };

function mapOf(config: SquadConfig, project: string, index: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [status, target] of Object.entries(config.statusMap[project] ?? {})) {
    const code = target === DROPPED ? DROPPED_CODE : index.get(target);
    if (code !== undefined) out.set(status, code);
  }
  return out;
}

/**
 * Compiles a validated squad configuration.
 *
 * @example
 * const squad = compileSquad(squadConfigSchema.parse(json));
 * squad.lookupFor('MKT').get('10001') // → 0 (Idea)
 */
export function compileSquad(config: SquadConfig): CompiledSquad {
  const stageNames = config.stages.map((s) => s.name);
  const index = new Map(stageNames.map((n, i) => [n, i] as const));
  const stageIndex = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) throw new RangeError(`unknown stage "${name}" (stages: ${stageNames.join(', ')})`);
    return i;
  };
  const order = [...config.projects, ...Object.keys(config.statusMap).filter((p) => !config.projects.includes(p))];
  const own = new Map(order.map((p) => [p, mapOf(config, p, index)] as const));
  const merged = new Map<string, Map<string, number>>();
  const build = (first: string | null): Map<string, number> => {
    const out = new Map<string, number>();
    for (const p of first === null ? order : [first, ...order.filter((q) => q !== first)]) {
      for (const [status, code] of own.get(p) ?? []) if (!out.has(status)) out.set(status, code);
    }
    return out;
  };
  const fallback = build(null);
  const active = new Uint8Array(stageNames.length);
  config.stages.forEach((s, i) => (active[i] = s.kind === 'active' ? 1 : 0));
  return {
    config,
    stageNames,
    stageCount: stageNames.length,
    active,
    leadFrom: stageIndex(config.leadTime.from),
    leadTo: stageIndex(config.leadTime.to),
    policy: POLICIES[config.backwardPolicy],
    projects: new Set(config.projects),
    stageIndex,
    lookupFor(projectKey: string): StatusLookup {
      if (!own.has(projectKey)) return fallback;
      let m = merged.get(projectKey);
      if (m === undefined) {
        m = build(projectKey);
        merged.set(projectKey, m);
      }
      return m;
    },
  };
}
