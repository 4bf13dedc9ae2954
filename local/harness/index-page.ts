import type { LocalAccount } from './local-jira';
import { escapeHtml, harnessPage } from './html';

export interface IndexPageInput {
  baseUrl: string;
  mode: 'emulator' | 'site';
  accounts: LocalAccount[];
  defaultAccountId: string;
  /** An issue that exists, for the issue panel link. */
  sampleIssueKey: string | null;
  projectKeys: string[];
  issueCount: number | null;
}

interface ModuleLink {
  title: string;
  moduleKey: string;
  path: string;
  query: Record<string, string>;
}

function modules(input: IndexPageInput): ModuleLink[] {
  const project = input.projectKeys[0];
  const projectQuery: Record<string, string> = project ? { project } : {};
  const links: ModuleLink[] = [
    ...input.projectKeys.map((p) => ({ title: `Squad board (${p})`, moduleKey: 'squadflow-project · route board', path: '/board', query: { project: p } })),
    { title: 'Speed metrics', moduleKey: 'squadflow-project · route metrics', path: '/metrics', query: projectQuery },
    { title: 'Portfolio gadget', moduleKey: 'squadflow-gadget', path: '/gadget', query: {} },
    { title: 'Portfolio gadget: configure', moduleKey: 'squadflow-gadget · entryPoint edit', path: '/gadget/edit', query: {} },
  ];
  if (input.sampleIssueKey) {
    links.push({ title: `Issue panel (${input.sampleIssueKey})`, moduleKey: 'squadflow-issue-panel', path: `/issue/${encodeURIComponent(input.sampleIssueKey)}`, query: {} });
  }
  links.push({ title: 'Squads (admin)', moduleKey: 'squadflow-admin', path: '/admin', query: {} });
  links.push(...input.projectKeys.map((p) => ({ title: `Project settings: squads (${p})`, moduleKey: 'squadflow-project-settings', path: '/project-settings', query: { project: p } })));
  return links;
}

const href = (path: string, query: Record<string, string>): string => {
  const qs = new URLSearchParams(query).toString();
  return escapeHtml(qs ? `${path}?${qs}` : path);
};

/** GET /: every module, opened as each user and in the dark theme; the users; how to call the API. */
export function renderIndexPage(input: IndexPageInput): string {
  const rows = modules(input)
    .map((m) => {
      const asLinks = input.accounts
        .map((a) => `<a href="${href(m.path, a.accountId === input.defaultAccountId ? m.query : { ...m.query, as: a.accountId })}">${escapeHtml(a.handle)}</a>`)
        .join(' · ');
      return `<tr><td><a href="${href(m.path, m.query)}"><strong>${escapeHtml(m.title)}</strong></a><br><span class="muted"><code>${escapeHtml(m.moduleKey)}</code></span></td>
<td>${asLinks}</td><td><a href="${href(m.path, { ...m.query, theme: 'dark' })}">dark</a></td></tr>`;
    })
    .join('\n');
  const users = input.accounts
    .map(
      (a) => `<tr><td><strong>${escapeHtml(a.handle)}</strong>${a.accountId === input.defaultAccountId ? ' <span class="muted">(default)</span>' : ''}<br>${escapeHtml(a.displayName)}</td>
<td>${escapeHtml(a.role)}</td><td><code>${escapeHtml(a.email)}</code><br><code>${escapeHtml(a.apiToken ?? '(your API token)')}</code></td><td><code>${escapeHtml(a.accountId)}</code></td></tr>`,
    )
    .join('\n');
  const first = input.accounts.find((a) => a.accountId === input.defaultAccountId);
  const jira =
    input.mode === 'emulator'
      ? `the built-in Jira emulator (projects ${escapeHtml(input.projectKeys.join(', '))}${input.issueCount === null ? '' : `, ${input.issueCount} issues`})`
      : `the real Jira site <code>${escapeHtml(input.baseUrl)}</code>; <code>asUser()</code> and <code>asApp()</code> both use your API token`;
  const curlUser = first && first.apiToken ? `${first.email}:${first.apiToken}` : 'EMAIL:API_TOKEN';
  return harnessPage(
    'SquadFlow local harness',
    `<h1>SquadFlow local harness</h1>
<p class="note">Resolvers run in this process against ${jira}. Pages act as the default user unless a link picks another (<code>?as=&lt;accountId&gt;</code>).</p>
<h2>Modules</h2>
<table><tr><th>Page</th><th>Open as</th><th>Theme</th></tr>
${rows}
</table>
<h2>Users</h2>
<table><tr><th>User</th><th>Role</th><th>Basic auth (email / API token)</th><th>Account ID</th></tr>
${users}
</table>
<h2>API</h2>
<p>Resolvers: <code>curl -s -X POST ${escapeHtml(input.baseUrl)}/api/invoke -H 'content-type: application/json' -d '{"functionKey":"app.info","payload":{},"context":{"accountId":"${escapeHtml(input.defaultAccountId)}"}}'</code></p>
${
  input.mode === 'emulator'
    ? `<p>Jira REST (emulator): <code>curl -s -u ${escapeHtml(curlUser)} ${escapeHtml(input.baseUrl)}/rest/api/3/myself</code> · request counts: <a href="/__emulator/stats"><code>/__emulator/stats</code></a></p>`
    : ''
}`,
  );
}
