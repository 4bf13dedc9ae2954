import type { IssueRecord, ProjectDef } from '../demo-data';
import type { DemoUser, GlobalPermission, ProjectPermission } from './users';

export function hasProjectPermission(user: DemoUser, projectKey: string, permission: ProjectPermission): boolean {
  return user.projectPermissions[projectKey]?.includes(permission) ?? false;
}

export function hasGlobalPermission(user: DemoUser, permission: GlobalPermission): boolean {
  return user.globalPermissions.includes(permission);
}

/** Jira shows a project to anyone with Browse Projects or Administer Projects in it. */
export function canSeeProject(user: DemoUser, project: ProjectDef): boolean {
  return hasProjectPermission(user, project.key, 'BROWSE_PROJECTS') || hasProjectPermission(user, project.key, 'ADMINISTER_PROJECTS');
}

/**
 * Browse permission on the project (for a reporter-only grant: having reported the issue) and, for
 * a secured issue, membership of its security level.
 */
export function canBrowseIssue(user: DemoUser, issue: IssueRecord): boolean {
  if (!hasProjectPermission(user, issue.projectKey, 'BROWSE_PROJECTS')) return false;
  if (user.browseAsReporterOnly?.includes(issue.projectKey) === true && issue.reporterAccountId !== user.accountId) return false;
  return issue.securityLevelId === null || user.securityLevelIds.includes(issue.securityLevelId);
}
