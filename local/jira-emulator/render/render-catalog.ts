import {
  ISSUE_TYPES,
  PRIORITIES,
  RESOLUTIONS,
  SECURITY_LEVELS,
  STATUS_CATEGORIES,
  statusById,
  type ComponentDef,
  type IssueTypeDef,
  type ProjectDef,
  type StatusDef,
} from '../../demo-data';
import type { Links } from './links';

type Json = Record<string, unknown>;

export function renderStatusCategory(links: Links, key: StatusDef['category']): Json {
  const c = STATUS_CATEGORIES[key];
  return { self: links.api(`statuscategory/${c.id}`), id: c.id, key: c.key, colorName: c.colorName, name: c.name };
}

/** `StatusDetails` with its category, as issue fields, transitions and project statuses show it. */
export function renderStatus(links: Links, statusId: string): Json {
  const s = statusById(statusId);
  return {
    self: links.api(`status/${s.id}`),
    description: s.description,
    iconUrl: `${links.base}/images/icons/statuses/generic.png`,
    name: s.name,
    untranslatedName: s.name,
    id: s.id,
    statusCategory: renderStatusCategory(links, s.category),
  };
}

export function renderIssueType(links: Links, issueTypeId: string): Json {
  const t: IssueTypeDef | undefined = ISSUE_TYPES.find((x) => x.id === issueTypeId);
  if (t === undefined) throw new Error(`Unknown issue type ${issueTypeId}`);
  return {
    self: links.api(`issuetype/${t.id}`),
    id: t.id,
    description: t.description,
    iconUrl: `${links.base}/images/icons/issuetypes/${t.name.toLowerCase()}.svg`,
    name: t.name,
    subtask: false,
    avatarId: 10300 + Number(t.id) - 10000,
    hierarchyLevel: t.hierarchyLevel,
  };
}

export function renderPriority(links: Links, priorityId: string): Json {
  const p = PRIORITIES.find((x) => x.id === priorityId) ?? PRIORITIES[2];
  return { self: links.api(`priority/${p.id}`), iconUrl: `${links.base}/images/icons/priorities/${p.name.toLowerCase()}.svg`, name: p.name, id: p.id };
}

export function renderResolution(links: Links, resolutionId: string | null): Json | null {
  const r = RESOLUTIONS.find((x) => x.id === resolutionId);
  return r === undefined ? null : { self: links.api(`resolution/${r.id}`), id: r.id, description: r.description, name: r.name };
}

export function renderSecurityLevel(links: Links, levelId: string | null): Json | null {
  const l = SECURITY_LEVELS.find((x) => x.id === levelId);
  return l === undefined ? null : { self: links.api(`securitylevel/${l.id}`), id: l.id, description: l.description, name: l.name };
}

export function renderComponent(links: Links, c: ComponentDef): Json {
  return { self: links.api(`component/${c.id}`), id: c.id, name: c.name, description: c.description };
}

/** `ProjectDetails`: the short project bean inside issue fields. */
export function renderProjectDetails(links: Links, p: ProjectDef): Json {
  return {
    self: links.api(`project/${p.id}`),
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: p.projectTypeKey,
    simplified: false,
    avatarUrls: links.avatars(p.key),
  };
}

/** `Project` as `/project/search` lists it. */
export function renderProjectSummary(links: Links, p: ProjectDef): Json {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: links.api(`project/${p.id}`),
    id: p.id,
    key: p.key,
    name: p.name,
    avatarUrls: links.avatars(p.key),
    projectTypeKey: p.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

/** `Project` as `GET /project/{key}` answers: with lead, components and issue types. */
export function renderProject(links: Links, p: ProjectDef, lead: Json): Json {
  return {
    ...renderProjectSummary(links, p),
    description: p.description,
    lead,
    components: p.components.map((c) => renderComponent(links, c)),
    issueTypes: ISSUE_TYPES.map((t) => renderIssueType(links, t.id)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: {},
  };
}
