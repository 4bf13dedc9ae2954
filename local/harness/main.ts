import { DEFAULT_DEMO_SEED, demoIssueCountFromEnv } from '../demo-data';
import { startHarness } from './start-harness';
import type { BasicAuthSite } from '../../src/jira/fetch-transport';

/**
 * `npm start`: the harness on http://localhost:${PORT:-4000}. With JIRA_BASE_URL, JIRA_EMAIL and
 * JIRA_API_TOKEN set it talks to that real site instead of the emulator.
 */
function siteFromEnv(env: NodeJS.ProcessEnv): BasicAuthSite | null {
  const { JIRA_BASE_URL: baseUrl, JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken } = env;
  const set = [baseUrl, email, apiToken].filter((v) => v !== undefined && v !== '').length;
  if (set === 0) return null;
  if (!baseUrl || !email || !apiToken) throw new Error('Real-site mode needs all three of JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN.');
  return { baseUrl, email, apiToken };
}

function portFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${raw}"`);
  return port;
}

async function main(): Promise<void> {
  const site = siteFromEnv(process.env);
  const demoIssues = site ? undefined : demoIssueCountFromEnv();
  const harness = await startHarness({ port: portFromEnv(process.env), site, ...(demoIssues === undefined ? {} : { demoIssues, seed: DEFAULT_DEMO_SEED }) });
  const url = harness.url.replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `SquadFlow harness ready ${process.uptime().toFixed(1)} s after launch: ${url}`,
    site
      ? `  Jira: real site ${site.baseUrl} (asUser and asApp both use the API token of ${site.email})`
      : `  Jira: built-in emulator, ${demoIssues} demo issues in MKT and IT (REST under ${url}/rest/api/3)`,
    '  Users (?as=<accountId> on any page; basic auth email:token for the REST API):',
    ...harness.jira.accounts.map(
      (a) => `    ${a.handle.padEnd(6)} ${a.accountId === harness.jira.defaultAccountId ? '(default) ' : ''}${a.displayName}: ${a.role}${a.apiToken ? ` [${a.email}:${a.apiToken}]` : ''}`,
    ),
    `  Pages: ${url}/board?project=MKT  /metrics  /gadget  /gadget/edit  /issue/<KEY>  /admin  (?theme=dark)`,
    `  API:   curl -s -X POST ${url}/api/invoke -H 'content-type: application/json' -d '{"functionKey":"app.info","payload":{},"context":{"accountId":"${harness.jira.defaultAccountId}"}}'`,
    '',
  ];
  console.log(lines.join('\n'));

  const stop = (): void => {
    harness.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`SquadFlow harness failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
