import { JiraClient } from '../jira/jira-client';
import { json, scriptedHttp } from '../jira/testing/scripted-http';
import { MemoryStore } from '../store/memory-store';
import { flaggedFieldId } from './flagged-field';

const FIELDS = [
  { id: 'summary', name: 'Summary', custom: false },
  { id: 'customfield_10021', name: 'Flagged', custom: true },
];

describe('flaggedFieldId', () => {
  it('asks Jira once, then answers from storage until a day has passed', async () => {
    let nowMs = 1_000_000;
    const clock = { nowMs: () => nowMs };
    const deps = { store: new MemoryStore(clock), clock };
    const http = scriptedHttp([json(200, FIELDS), json(200, FIELDS.slice(0, 1))]);
    const client = new JiraClient(http, { maxAttempts: 1 });
    expect(await flaggedFieldId(deps, client)).toBe('customfield_10021');
    expect(await flaggedFieldId(deps, client)).toBe('customfield_10021');
    expect(http.requests).toHaveLength(1);
    nowMs += 24 * 3_600_000;
    expect(await flaggedFieldId(deps, client)).toBeNull();
    expect(http.requests).toHaveLength(2);
  });
});
