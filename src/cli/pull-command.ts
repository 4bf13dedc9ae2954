import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SquadConfig } from '../contract/squad-config';
import { BULK_MAX_ISSUES, fetchStatusChangelogs } from '../jira/changelogs';
import { JiraError } from '../jira/errors';
import { jqlString } from '../jira/jql';
import { createFetchJiraHttp } from '../jira/fetch-transport';
import { JiraClient } from '../jira/jira-client';
import type { SyncIssue } from '../jira/schemas/search';
import { searchAll } from '../jira/search';
import { CliError } from './cli-error';
import { readSquadConfig } from './read-config';

/** The squad's issues: its projects, and its issue types when it selects some. */
export function squadJql(config: SquadConfig): string {
  const parts = [`project in (${config.projects.map(jqlString).join(', ')})`];
  if (config.issueTypes.length > 0) parts.push(`issuetype in (${config.issueTypes.map(jqlString).join(', ')})`);
  return `${parts.join(' AND ')} ORDER BY key ASC`;
}

/** Fields the metrics read (links and parent for hand-offs), plus the squad's effort and discipline fields. */
export function squadFields(config: SquadConfig): string[] {
  const fields = ['created', 'updated', 'status', 'project', 'issuetype', 'labels', 'components', 'resolution', 'issuelinks', 'parent'];
  if (config.quickWin.candidate !== undefined) fields.push(config.quickWin.candidate.effortFieldId);
  if (config.discipline.by === 'field') fields.push(config.discipline.fieldId);
  return [...new Set(fields)];
}

export interface PullResult {
  issues: number;
  requests: Record<string, number>;
}

/**
 * `squadflow pull`: exports the squad's issues with their full status history through the same
 * Jira client the app uses (search/jql pages of 100, retries, rate limits). Status histories are
 * asked for 1,000 issues at a time, as the app's backfill does (bulkfetch takes up to 1,000 IDs):
 * 5,000 issues cost 50 searches and 5 bulkfetches, not 50 of each.
 */
export async function pullCommand(argv: string[], env: Record<string, string | undefined>, fetchImpl: typeof fetch = fetch): Promise<PullResult> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'jira-url': { type: 'string' },
      squad: { type: 'string' },
      out: { type: 'string' },
      email: { type: 'string' },
      jql: { type: 'string' },
    },
  });
  const baseUrl = values['jira-url'];
  if (baseUrl === undefined) throw new CliError('pull: --jira-url URL is required', 2);
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new CliError(`--jira-url: "${baseUrl}" is not an http(s) URL`, 2);
  if (values.squad === undefined) throw new CliError('pull: --squad FILE is required', 2);
  if (values.out === undefined) throw new CliError('pull: --out FILE is required', 2);
  const email = values.email ?? env['JIRA_EMAIL'];
  const apiToken = env['JIRA_API_TOKEN'];
  if (email === undefined || email === '') throw new CliError('pull: give --email or set JIRA_EMAIL', 2);
  if (apiToken === undefined || apiToken === '') throw new CliError('pull: set JIRA_API_TOKEN (tokens are not taken on the command line)', 2);

  const config = readSquadConfig(values.squad);
  const client = new JiraClient(createFetchJiraHttp({ baseUrl, email, apiToken }, fetchImpl));
  let fd: number;
  try {
    fd = openSync(values.out, 'w');
  } catch (e) {
    throw new CliError(`${values.out}: cannot write the output (${e instanceof Error ? e.message : String(e)})`);
  }
  let count = 0;
  try {
    writeSync(fd, '{"issues":[');
    let batch: SyncIssue[] = [];
    const flush = async (): Promise<void> => {
      const { histories } = await fetchStatusChangelogs(client, batch.map((i) => i.id));
      for (const issue of batch) {
        const { changelog: _ignored, ...rest } = issue;
        writeSync(fd, `${count === 0 ? '\n' : ',\n'}${JSON.stringify({ ...rest, changeHistories: histories.get(issue.id) ?? [] })}`);
        count++;
      }
      batch = [];
    };
    for await (const page of searchAll(client, { jql: values.jql ?? squadJql(config), fields: squadFields(config) })) {
      for (const issue of page) batch.push(issue);
      if (batch.length >= BULK_MAX_ISSUES) await flush();
    }
    if (batch.length > 0) await flush();
    writeSync(fd, '\n]}\n');
  } catch (e) {
    if (e instanceof JiraError) throw new CliError(`pull: ${baseUrl}: ${e.message}`);
    throw e;
  } finally {
    closeSync(fd);
  }
  return { issues: count, requests: client.stats.snapshot() };
}
