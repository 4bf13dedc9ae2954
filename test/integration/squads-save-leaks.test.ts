import type { Harness } from '../../local/harness/start-harness';
import { demoConfig, invokeAs, startSquadHarness } from './squads-env';

jest.setTimeout(60_000);

/**
 * Issue 12.2: squads.save must not tell a user who may not save whether a squad ID exists, nor name
 * a project they cannot browse; both paths make the same Jira calls. mark browses MKT only (IT does
 * not exist for him) and administers nothing; mia browses MKT and IT and administers nothing.
 */
describe('squads.save answers non-admins the same whatever exists', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness();
    const saved = await invokeAs(harness, 'alice', 'squads.save', { config: demoConfig('taken', 'Taken squad'), expectedRevision: null });
    expect(saved.status).toBe(200);
    await harness.idle();
  });
  afterAll(() => harness.close());

  const mktOnly = (id: string) => ({ ...demoConfig(id, 'Mine'), projects: ['MKT'], statusMap: { MKT: demoConfig(id, 'x').statusMap['MKT'] }, discipline: { by: 'project', values: { MKT: 'Marketing' } } });

  async function attempt(user: 'mark' | 'mia', id: string, expectedRevision: number | null) {
    const emulator = harness.emulator!;
    emulator.state.resetStats();
    const answer = await invokeAs(harness, user, 'squads.save', { config: mktOnly(id), expectedRevision });
    return { answer: { status: answer.status, error: answer.error }, requests: emulator.state.stats().byEndpoint };
  }

  it.each([
    ['mark', null],
    ['mark', 1],
    ['mia', null],
    ['mia', 1],
  ] as const)('%s (expectedRevision %s): a taken and an unused ID answer alike, after the same Jira calls', async (user, revision) => {
    const taken = await attempt(user, 'taken', revision);
    const unused = await attempt(user, 'never-used', revision);
    expect(taken.answer.status).toBe(403);
    expect(taken.answer).toEqual(unused.answer);
    expect(taken.requests).toEqual(unused.requests);
    expect(JSON.stringify(taken.answer)).not.toMatch(/\bIT\b|Taken squad|exist/);
  });

  it('tells a Jira admin who may read the squad that its ID is taken, by name', async () => {
    const answer = await invokeAs(harness, 'alice', 'squads.save', { config: mktOnly('taken'), expectedRevision: null });
    expect(answer.status).toBe(409);
    expect(answer.error?.details?.fields).toEqual([{ path: 'id', message: 'the squad “Taken squad” already uses this ID' }]);
  });
});
