import { FLAGGED_FIELD_ID, IT_STATUS, MKT_STATUS } from '../../local/demo-data';
import { useTestEmulator } from '../helpers/emulator';
import { byName, expectValid, fixture, validatorFor } from '../helpers/openapi-schemas';

/** What the board needs from Jira beyond reading: screens, validators, the Flagged field, labels. */
describe('emulator: transitions with screens and validators, Flagged, label edits', () => {
  const env = useTestEmulator({ issueCount: 300 });
  const transitionsSchema = () => validatorFor(fixture.endpoints['GET /rest/api/3/issue/{issueIdOrKey}/transitions']?.responses['200']);

  /** A fresh issue in `statusId`, so each test owns what it changes. */
  function issueIn(statusId: string, assigneeAccountId: string | null = null) {
    const projectKey = Object.values(IT_STATUS).includes(statusId as never) ? 'IT' : 'MKT';
    return env().emulator.state.createIssue({ projectKey, summary: 'Board test item', statusId, assigneeAccountId });
  }

  it('lists the screen and its required fields under expand=transitions.fields, in Jira\'s shape', async () => {
    const issue = issueIn(IT_STATUS.review);
    const res = await env().as('alice')('GET', `/rest/api/3/issue/${issue.key}/transitions?expand=transitions.fields`);
    expect(res.status).toBe(200);
    expectValid(transitionsSchema(), res.body, 'transitions');
    const done = (res.body as { transitions: Array<{ id: string; hasScreen: boolean; fields: Record<string, { required: boolean; allowedValues?: unknown[] }> }> }).transitions.find((t) => t.id === '61');
    expect(done?.hasScreen).toBe(true);
    expect(done?.fields.resolution?.required).toBe(true);
    expect(done?.fields.resolution?.allowedValues?.length).toBeGreaterThan(0);
    const plain = await env().as('alice')('GET', `/rest/api/3/issue/${issue.key}/transitions`);
    expect((plain.body as { transitions: Array<Record<string, unknown>> }).transitions.every((t) => !('fields' in t))).toBe(true);
  });

  it('refuses a transition whose screen field is missing, naming the field, and accepts it with the field', async () => {
    const issue = issueIn(IT_STATUS.review);
    const refused = await env().as('alice')('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '61' } });
    expect(refused.status).toBe(400);
    expectValid(byName('ErrorCollection'), refused.body, 'refusal');
    expect(refused.body).toEqual({ errorMessages: [], errors: { resolution: 'Resolution is required.' } });
    expect(env().emulator.state.getIssue(issue.key)?.statusId).toBe(IT_STATUS.review);
    const ok = await env().as('alice')('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '61' }, fields: { resolution: { name: 'Done' } } });
    expect(ok.status).toBe(204);
    expect(env().emulator.state.getIssue(issue.key)?.statusId).toBe(IT_STATUS.done);
  });

  it('refuses "Start pilot" for an unassigned item with the workflow validator\'s message, and allows it once assigned', async () => {
    const issue = env().emulator.state.createIssue({ projectKey: 'MKT', summary: 'Unowned prototype', statusId: MKT_STATUS.prototyping });
    const refused = await env().as('mia')('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '41' } });
    expect(refused.status).toBe(400);
    expectValid(byName('ErrorCollection'), refused.body, 'refusal');
    expect((refused.body as { errorMessages: string[] }).errorMessages).toEqual(['A pilot needs an owner: assign the issue before starting the pilot.']);
    expect(env().emulator.state.getIssue(issue.key)?.statusId).toBe(MKT_STATUS.prototyping);
    const owned = env().emulator.state.createIssue({ projectKey: 'MKT', summary: 'Owned prototype', statusId: MKT_STATUS.prototyping, assigneeAccountId: '5c4f2e1b9a7d3c0012e8a6b4' });
    expect((await env().as('mia')('POST', `/rest/api/3/issue/${owned.key}/transitions`, { transition: { id: '41' } })).status).toBe(204);
  });

  it('finds Flagged through GET /field by name, renders it as CustomFieldOption, and sets and clears it by PUT', async () => {
    const fields = (await env().as('mark')('GET', '/rest/api/3/field')).body as Array<{ id: string; name: string; schema?: { custom?: string } }>;
    const flaggedField = fields.find((f) => f.name === 'Flagged');
    expect(flaggedField?.id).toBe(FLAGGED_FIELD_ID);
    const flagged = env().emulator.state.listIssues().filter((i) => i.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    const shown = await env().as('alice')('GET', `/rest/api/3/issue/${flagged[0]?.key ?? ''}?fields=${FLAGGED_FIELD_ID}`);
    const value = (shown.body as { fields: Record<string, unknown> }).fields[FLAGGED_FIELD_ID] as unknown[];
    expect(value).toHaveLength(1);
    expectValid(byName('CustomFieldOption'), value[0], 'Flagged option');
    expect(value[0]).toMatchObject({ value: 'Impediment' });

    const target = issueIn(MKT_STATUS.idea);
    expect((await env().as('mia')('PUT', `/rest/api/3/issue/${target.key}`, { fields: { [FLAGGED_FIELD_ID]: [{ value: 'Impediment' }] } })).status).toBe(204);
    expect(env().emulator.state.getIssue(target.key)?.flagged).toBe(true);
    expect((await env().as('mia')('PUT', `/rest/api/3/issue/${target.key}`, { fields: { [FLAGGED_FIELD_ID]: null } })).status).toBe(204);
    expect(env().emulator.state.getIssue(target.key)?.flagged).toBe(false);
    const bad = await env().as('mia')('PUT', `/rest/api/3/issue/${target.key}`, { fields: { [FLAGGED_FIELD_ID]: [{ value: 'Blocked' }] } });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { errors: Record<string, string> }).errors)).toEqual([FLAGGED_FIELD_ID]);
  });

  it('adds and removes labels through update.labels, and refuses a viewer who may not edit', async () => {
    const target = issueIn(MKT_STATUS.brief, '5c4f2e1b9a7d3c0012e8a6b4');
    const request = { update: { labels: [{ add: 'quick-win' }] } };
    expectValid(validatorFor(fixture.endpoints['PUT /rest/api/3/issue/{issueIdOrKey}']?.request), request, 'edit request');
    expect((await env().as('mia')('PUT', `/rest/api/3/issue/${target.key}`, request)).status).toBe(204);
    expect(env().emulator.state.getIssue(target.key)?.labels).toContain('quick-win');
    expect((await env().as('mia')('PUT', `/rest/api/3/issue/${target.key}`, { update: { labels: [{ remove: 'quick-win' }] } })).status).toBe(204);
    expect(env().emulator.state.getIssue(target.key)?.labels).not.toContain('quick-win');
    const refused = await env().as('carol')('PUT', `/rest/api/3/issue/${target.key}`, request);
    expect(refused.status).toBe(400);
    expectValid(byName('ErrorCollection'), refused.body, 'refusal');
  });
});
