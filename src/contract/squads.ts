import { z } from 'zod';
import { strictObject } from './strict-object';
import type { SquadConfig } from './squad-config';
import type { SyncStatusDto } from './sync';

/**
 * Resolvers of the squad admin page (and the CLI's import check). Field paths in a BAD_REQUEST's
 * `details.fields` are relative to the squad config (`stages.2.name`, `statusMap.MKT.10099`), not
 * to the payload, so the page can put each message beside its field.
 */

const squadId = z
  .string()
  .max(63, 'must be lower-case letters, digits and dashes (at most 63)')
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');
const projectKey = z.string().max(10, 'must be a Jira project key').regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key');
/** Repeats in a list of keys would only repeat Jira requests: each key is kept once, in order. */
const uniqueKeys = (keys: string[]): string[] => [...new Set(keys)];
/** Revision the editor started from; null when creating a new squad. */
const expectedRevision = z.number().int().nonnegative().nullable();

export const squadsListPayload = strictObject({});
export const squadGetPayload = strictObject({ squadId });
export const squadExportPayload = strictObject({ squadId });
/** `config` is checked by the handler (migrations first), so its field paths stay config-relative. */
export const squadSavePayload = strictObject({ config: z.unknown(), expectedRevision });
export const squadDuplicatePayload = strictObject({ squadId, newId: squadId, newName: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters') });
export const squadDeletePayload = strictObject({ squadId, expectedRevision: z.number().int().nonnegative().optional() });
/** Exactly one of `config` (an object) or `text` (a JSON or YAML file's content, ≤ 200,000 characters). */
export const squadValidatePayload = strictObject({ config: z.unknown().optional(), text: z.string().max(200_000, 'the file is larger than 200,000 characters').optional() }).refine((p) => (p.config === undefined) !== (p.text === undefined), { message: 'send either config or text', path: ['config'] });
export const projectSearchPayload = strictObject({
  query: z.string().max(80, 'must be at most 80 characters').optional(),
  keys: z.array(projectKey).max(50, 'at most 50 projects').transform(uniqueKeys).optional(),
  /** Only projects the caller administers (the editor's picker: a squad needs admin of each). */
  administered: z.boolean().optional(),
});
export const projectStatusesPayload = strictObject({
  projectKeys: z.array(projectKey).min(1, 'pick at least one project').max(20, 'at most 20 projects').transform(uniqueKeys),
  /** Stage names in order, used to suggest a mapping. */
  stageNames: z.array(z.string().min(1, 'must not be empty').max(40, 'must be at most 40 characters')).min(2, 'needs at least two stages').max(12, 'at most 12 stages'),
});

export interface SquadAccessDto {
  /** Global ADMINISTER: may create and change any squad. */
  isJiraAdmin: boolean;
  /** Administers at least one project: may create squads of projects they administer. */
  administersSomeProject: boolean;
}

export interface SquadSummaryDto {
  id: string;
  name: string;
  projects: string[];
  stageNames: string[];
  leadTime: { from: string; to: string };
  revision: number;
  /** ISO instant of the last save; null for a squad stored before revisions existed. */
  updatedAt: string | null;
  /** Jira admin, or admin of every project of the squad. */
  canEdit: boolean;
}

export interface SquadListDto {
  /** Only squads the caller can browse at least one project of, by name. */
  squads: SquadSummaryDto[];
  /**
   * What the caller may create. Null on the pages that offer no squad creation (project pages and
   * dashboard gadgets: see LISTS_WITHOUT_ACCESS), which then cost Jira one permission request less.
   */
  access: SquadAccessDto | null;
}

export interface SquadDetailDto {
  config: SquadConfig;
  revision: number;
  updatedAt: string | null;
  canEdit: boolean;
}

export interface UnmappedStatusDto {
  statusId: string;
  name: string;
  /** Issues sitting in the status now; null when not counted. */
  issueCount: number | null;
}

export interface StagePreviewDto {
  stages: Array<{ name: string; issueCount: number }>;
  dropped: number;
  unmapped: number;
  /** True when some counts are Jira's approximate counts. */
  approximate: boolean;
}

export interface SquadValidationDto {
  /** The config as it will be stored: migrated, defaults filled in. */
  config: SquadConfig;
  /** Per project key, real statuses the map does not mention. Warnings, not errors. */
  unmapped: Record<string, UnmappedStatusDto[]>;
  preview: StagePreviewDto;
}

export interface SquadSavedDto {
  config: SquadConfig;
  revision: number;
  unmapped: Record<string, UnmappedStatusDto[]>;
  /** The backfill the save started (poll `sync.status`); null when it could not be requested. */
  sync: SyncStatusDto | null;
}

export interface SquadExportDto {
  fileName: string;
  /** The config as pretty JSON: the same file `squadflow metrics --config` and import take. */
  json: string;
}

export interface ProjectOptionDto {
  id: string;
  key: string;
  name: string;
}

/** Why a status got its suggested stage. */
export type SuggestionRule = 'wont-do-name' | 'stage-name' | 'shaping-name' | 'category' | 'none';

export interface StatusOptionDto {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done' | 'undefined';
  issueTypes: string[];
  issueCount: number | null;
  /** Suggested stage name, `Dropped`, or null. */
  suggested: string | null;
  suggestedBy: SuggestionRule;
}

export interface ProjectStatusesDto {
  key: string;
  name: string;
  statuses: StatusOptionDto[];
  countsApproximate: boolean;
}

/** Resolver keys → payload/answer types, for the UI's typed invoke. */
export interface SquadFunctions {
  'squads.list': { payload: z.input<typeof squadsListPayload>; data: SquadListDto };
  'squads.get': { payload: z.input<typeof squadGetPayload>; data: SquadDetailDto };
  'squads.save': { payload: z.input<typeof squadSavePayload>; data: SquadSavedDto };
  'squads.duplicate': { payload: z.input<typeof squadDuplicatePayload>; data: SquadSavedDto };
  'squads.delete': { payload: z.input<typeof squadDeletePayload>; data: { squadId: string; deleted: true } };
  'squads.export': { payload: z.input<typeof squadExportPayload>; data: SquadExportDto };
  'squads.validate': { payload: z.input<typeof squadValidatePayload>; data: SquadValidationDto };
  'squads.searchProjects': { payload: z.input<typeof projectSearchPayload>; data: { projects: ProjectOptionDto[] } };
  'squads.projectStatuses': { payload: z.input<typeof projectStatusesPayload>; data: { projects: ProjectStatusesDto[] } };
}
