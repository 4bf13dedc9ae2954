import { FLAGGED_FIELD_ID, FLAGGED_OPTION, projectByKey, STORY_POINTS_FIELD_ID, type IssueRecord, type ProjectDef } from '../../demo-data';
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
    case STORY_POINTS_FIELD_ID:
      return issue.storyPoints;
    case FLAGGED_FIELD_ID:
      // `CustomFieldOption` (self, value), as the checkbox field holds it; null when not flagged.
      return issue.flagged ? [{ self: links.api(`customFieldOption/${FLAGGED_OPTION.id}`), value: FLAGGED_OPTION.value }] : null;
  }
}

function renderParent(issue: IssueRecord, ctx: IssueRenderContext): Json | undefined {
  const parent = issue.parentId === null ? undefined : ctx.findParent(issue.parentId);
  if (parent === undefined) return undefined;
  return {
    id: parent.id,
    key: parent.key,
    self: ctx.links.api(`issue/${parent.id}`),
    fields: {
      summary: parent.summary,
      status: renderStatus(ctx.links, parent.statusId),
      priority: renderPriority(ctx.links, parent.priorityId),
      issuetype: renderIssueType(ctx.links, parent.issueTypeId),
    },
  };
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
