import { FLAGGED_FIELD_ID, FLAGGED_OPTION, linkTypeById, projectByKey, STORY_POINTS_FIELD_ID, type IssueLinkRecord, type IssueRecord, type ProjectDef } from '../../demo-data';
import type { DemoUser } from '../users';
import type { RenderedField } from './field-selection';
import { formatJiraTime } from './jira-time';
import type { Links } from './links';
import { renderComponent, renderIssueType, renderPriority, renderProjectDetails, renderResolution, renderSecurityLevel, renderStatus } from './render-catalog';
import { renderChangelogPage } from './render-changelog';
import { renderUserDetails } from './render-people';

type Json = Record<string, unknown>;

export interface IssueRenderContext {
  links: Links;
  appUser: DemoUser;
  /** The parent epic, when the issue has one (and the viewer may see it). */
  findParent(parentId: string): IssueRecord | undefined;
  /** The issue's links (either end); the other issue is shown only when the viewer may see it. */
  linksOf?(issueId: string): IssueLinkRecord[];
}

function projectOf(issue: IssueRecord): ProjectDef {
  const p = projectByKey(issue.projectKey);
  if (p === undefined) throw new Error(`Issue ${issue.key} is in unknown project ${issue.projectKey}`);
  return p;
}

function fieldValue(field: RenderedField, issue: IssueRecord, ctx: IssueRenderContext): unknown {
  const { links, appUser } = ctx;
  switch (field) {
    case 'summary':
      return issue.summary;
    case 'status':
      return renderStatus(links, issue.statusId);
    case 'project':
      return renderProjectDetails(links, projectOf(issue));
    case 'issuetype':
      return renderIssueType(links, issue.issueTypeId);
    case 'labels':
      return [...issue.labels];
    case 'components':
      return projectOf(issue).components.filter((c) => issue.componentIds.includes(c.id)).map((c) => renderComponent(links, c));
    case 'resolution':
      return renderResolution(links, issue.resolutionId);
    case 'resolutiondate':
      return issue.resolutionMs === null ? null : formatJiraTime(issue.resolutionMs);
    case 'created':
      return formatJiraTime(issue.createdMs);
    case 'updated':
      return formatJiraTime(issue.updatedMs);
    case 'statuscategorychangedate':
      return formatJiraTime(issue.statusCategoryChangedMs);
    case 'assignee':
      return issue.assigneeAccountId === null ? null : renderUserDetails(links, issue.assigneeAccountId, appUser);
    case 'reporter':
      return renderUserDetails(links, issue.reporterAccountId, appUser);
    case 'priority':
      return renderPriority(links, issue.priorityId);
    case 'security':
      return renderSecurityLevel(links, issue.securityLevelId);
    case 'parent':
      return renderParent(issue, ctx);
    case 'issuelinks':
      return renderIssueLinks(issue, ctx);
    case STORY_POINTS_FIELD_ID:
      return issue.storyPoints;
    case FLAGGED_FIELD_ID:
      // `CustomFieldOption` (self, value), as the checkbox field holds it; null when not flagged.
      return issue.flagged ? [{ self: links.api(`customFieldOption/${FLAGGED_OPTION.id}`), value: FLAGGED_OPTION.value }] : null;
  }
}

/** A `LinkedIssue` (id, key, self, a few fields), as Jira nests it in parent and issue links. */
function renderLinkedIssue(other: IssueRecord, ctx: IssueRenderContext): Json {
  return {
    id: other.id,
    key: other.key,
    self: ctx.links.api(`issue/${other.id}`),
    fields: {
      summary: other.summary,
      status: renderStatus(ctx.links, other.statusId),
      priority: renderPriority(ctx.links, other.priorityId),
      issuetype: renderIssueType(ctx.links, other.issueTypeId),
    },
  };
}

function renderParent(issue: IssueRecord, ctx: IssueRenderContext): Json | undefined {
  const parent = issue.parentId === null ? undefined : ctx.findParent(issue.parentId);
  return parent === undefined ? undefined : renderLinkedIssue(parent, ctx);
}

/**
 * `fields.issuelinks`: Jira's `IssueLink` per link, with only the other end — `outwardIssue` on
 * the link's inward issue and `inwardIssue` on its outward issue. Links to issues the viewer may
 * not see are left out, as Jira does.
 */
function renderIssueLinks(issue: IssueRecord, ctx: IssueRenderContext): Json[] {
  const out: Json[] = [];
  for (const link of ctx.linksOf?.(issue.id) ?? []) {
    const type = linkTypeById(link.typeId);
    const inward = link.inwardIssueId === issue.id;
    const other = ctx.findParent(inward ? link.outwardIssueId : link.inwardIssueId);
    if (type === undefined || other === undefined) continue;
    out.push({
      id: link.id,
      self: ctx.links.api(`issueLink/${link.id}`),
      type: { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: ctx.links.api(`issueLinkType/${type.id}`) },
      [inward ? 'outwardIssue' : 'inwardIssue']: renderLinkedIssue(other, ctx),
    });
  }
  return out;
}

/**
 * An `IssueBean`: id, key, self and the requested fields (a field with no value is null, except
 * `parent`, which Jira leaves out). `changelog` adds the newest 100 histories (Jira truncates too).
 */
export function renderIssue(issue: IssueRecord, fields: readonly RenderedField[], ctx: IssueRenderContext, withChangelog = false): Json {
  const bean: Json = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: ctx.links.api(`issue/${issue.id}`),
    key: issue.key,
  };
  if (fields.length > 0) {
    const rendered: Json = {};
    for (const field of fields) {
      const value = fieldValue(field, issue, ctx);
      if (value !== undefined) rendered[field] = value;
    }
    bean.fields = rendered;
  }
  if (withChangelog) {
    const newest = issue.histories.slice(-100);
    bean.changelog = {
      startAt: 0,
      maxResults: newest.length,
      total: issue.histories.length,
      histories: renderChangelogPage(newest, ctx.links, ctx.appUser),
    };
  }
  return bean;
}
