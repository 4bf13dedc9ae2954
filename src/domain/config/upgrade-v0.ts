import { slugifySquadId } from './default-squad-config';

type RawConfig = Record<string, unknown>;

/** Keys only version 0 has; the upgrade turns each into its version 1 place. */
export const V0_LEGACY_KEYS: readonly string[] = ['project', 'wipLimits', 'leadTimeFrom', 'leadTimeTo', 'timeZone', 'workingDays', 'holidays', 'quickWinLabel'];

/**
 * Version 0 → 1. Version 0 is the version-less shape people wrote by hand before the schema had a
 * version (see docs/configuration.md): stages as plain names, WIP limits in a `wipLimits` map,
 * the lead time as `"Idea -> Pilot"`, calendar settings at the top level, a single project's
 * status map without the project level, `discipline: "component"` as a bare word, and
 * `quickWinLabel`. A version-less object that already has the version 1 shape passes unchanged.
 */
export function upgradeV0(raw: RawConfig): RawConfig {
  const out: RawConfig = { ...raw };
  if (typeof out['project'] === 'string' && out['projects'] === undefined) out['projects'] = [out['project']];
  delete out['project'];
  if (out['id'] === undefined && typeof out['name'] === 'string') out['id'] = slugifySquadId(out['name']);
  moveStages(out);
  moveLeadTime(out);
  moveCalendar(out);
  nestSingleProjectStatusMap(out);
  if (typeof out['discipline'] === 'string') out['discipline'] = { by: out['discipline'], values: {} };
  if (out['discipline'] === undefined) out['discipline'] = { by: 'project', values: {} };
  if (typeof out['quickWinLabel'] === 'string' && out['quickWin'] === undefined) out['quickWin'] = { label: out['quickWinLabel'] };
  delete out['quickWinLabel'];
  return out;
}

function moveStages(out: RawConfig): void {
  const limits = isRecord(out['wipLimits']) ? out['wipLimits'] : {};
  delete out['wipLimits'];
  if (!Array.isArray(out['stages'])) return;
  out['stages'] = out['stages'].map((s: unknown) => {
    const stage: unknown = typeof s === 'string' ? { name: s } : s;
    if (!isRecord(stage) || typeof stage['name'] !== 'string') return stage;
    const limit = limits[stage['name']];
    return stage['wipLimit'] === undefined && limit !== undefined ? { ...stage, wipLimit: limit } : stage;
  });
}

function moveLeadTime(out: RawConfig): void {
  const lt = out['leadTime'];
  if (typeof lt === 'string') {
    const parts = lt.split(/\s*(?:->|→|\.\.)\s*/);
    out['leadTime'] = parts.length === 2 ? { from: parts[0], to: parts[1] } : lt;
  } else if (lt === undefined && (out['leadTimeFrom'] !== undefined || out['leadTimeTo'] !== undefined)) {
    out['leadTime'] = { from: out['leadTimeFrom'], to: out['leadTimeTo'] };
  }
  delete out['leadTimeFrom'];
  delete out['leadTimeTo'];
}

function moveCalendar(out: RawConfig): void {
  const fields = ['timeZone', 'workingDays', 'holidays'] as const;
  if (out['calendar'] === undefined && fields.some((f) => out[f] !== undefined)) {
    out['calendar'] = Object.fromEntries(fields.filter((f) => out[f] !== undefined).map((f) => [f, out[f]]));
  }
  for (const f of fields) delete out[f];
}

function nestSingleProjectStatusMap(out: RawConfig): void {
  const map = out['statusMap'];
  const projects = out['projects'];
  if (!isRecord(map) || !Array.isArray(projects) || projects.length !== 1) return;
  const values = Object.values(map);
  if (values.length > 0 && values.every((v) => typeof v === 'string')) out['statusMap'] = { [String(projects[0])]: map };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
