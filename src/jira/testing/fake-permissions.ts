import type { JiraRequest, JiraResponse } from '../../ports/jira-http';

/** Per user, per project key, the project permissions held (global ADMINISTER under the key `*`). */
export type FakeGrants = Record<string, Record<string, readonly string[]>>;

const json = (body: unknown): JiraResponse => ({ status: 200, headers: {}, text: JSON.stringify(body) });
/** Fake project IDs: 10000 + the key's position in `projects`. */
export const fakeProjectId = (projects: readonly string[], key: string): number => 10000 + projects.indexOf(key);

/**
 * Answers the permission reads of a unit-test Jira as Jira would — `permissions/check`,
 * `mypermissions` and `project/search?keys=` (as the app, for project IDs) — or undefined for any
 * other request, so a test's own fake can go on.
 */
export function answerPermissions(req: JiraRequest, user: string, grants: FakeGrants, projects: readonly string[]): JiraResponse | undefined {
  const url = new URL(req.path, 'http://jira');
  const held = (project: string): readonly string[] => grants[user]?.[project] ?? [];
  const admin = held('*').includes('ADMINISTER');
  if (url.pathname === '/rest/api/3/permissions/check') {
    const body = req.body as { globalPermissions?: string[]; projectPermissions?: Array<{ permissions: string[]; projects?: number[] }> };
    const projectPermissions = (body.projectPermissions ?? []).flatMap((e) =>
      e.permissions.map((permission) => ({ permission, issues: [], projects: (e.projects ?? []).filter((id) => held(projects[id - 10000] ?? '').includes(permission)) })),
    );
    return json({ globalPermissions: (body.globalPermissions ?? []).filter((g) => g === 'ADMINISTER' && admin), projectPermissions });
  }
  if (url.pathname === '/rest/api/3/mypermissions') {
    const project = url.searchParams.get('projectKey') ?? '';
    const keys = (url.searchParams.get('permissions') ?? '').split(',');
    return json({ permissions: Object.fromEntries(keys.map((k) => [k, { havePermission: k === 'ADMINISTER' ? admin : project === '' ? projects.some((p) => held(p).includes(k)) : held(project).includes(k) }])) });
  }
  if (url.pathname === '/rest/api/3/project/search' && user === 'app') {
    const keys = url.searchParams.getAll('keys').filter((k) => projects.includes(k));
    return json({ isLast: true, values: keys.map((key) => ({ id: String(fakeProjectId(projects, key)), key, name: key })) });
  }
  return undefined;
}
