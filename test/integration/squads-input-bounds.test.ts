import type { Harness } from '../../local/harness/start-harness';
import { demoConfig, fieldPaths, invokeAs, startSquadHarness, storeKeys } from './squads-env';

jest.setTimeout(60_000);

/**
 * Issue 13.1 and 12.6–12.7 through the harness: unknown keys, lists and strings past their bounds,
 * deep text and huge bad payloads are refused with a bounded, plain answer and store nothing.
 */
describe('squads: unknown keys, bounds and deep input', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness();
  });
  afterAll(() => harness.close());
  const good = demoConfig('bounds', 'Bounds');

  it('refuses an unknown key in validate (object and text) and in save, naming the closest known key', async () => {
    const config = { ...good, backwardMoves: 'reset' };
    const expected = [{ path: 'backwardMoves', message: 'unknown key backwardMoves — did you mean backwardPolicy?' }];
    const before = await storeKeys(harness);
    for (const answer of [
      await invokeAs(harness, 'alice', 'squads.validate', { config }),
      await invokeAs(harness, 'alice', 'squads.validate', { text: JSON.stringify(config) }),
      await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null }),
    ]) {
      expect(answer.status).toBe(400);
      expect(answer.error?.details?.fields).toEqual(expected);
    }
    const yaml = await invokeAs(harness, 'alice', 'squads.validate', { text: 'schemaVersion: 2\nid: y\nname: Y\nunti: business\n' });
    expect(yaml.error?.details?.fields).toContainEqual({ path: 'unti', message: 'unknown key unti — did you mean unit?' });
    expect(await storeKeys(harness)).toEqual(before);
  });

  it('refuses text nested 30,000 deep before parsing it, with a plain sentence', async () => {
    for (const text of ['['.repeat(30_000) + ']'.repeat(30_000), '- '.repeat(30_000) + 'x', '{"a":'.repeat(30_000) + '1' + '}'.repeat(30_000)]) {
      const answer = await invokeAs(harness, 'alice', 'squads.validate', { text });
      expect(answer.status).toBe(400);
      expect(answer.error?.message).toMatch(/^The file nests more than 16 levels deep/);
    }
    // The process is still answering.
    expect((await invokeAs(harness, 'alice', 'squads.list', {})).status).toBe(200);
  });

  it('answers a 499 KB bad payload in a few KB (50 problems at most)', async () => {
    const keys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, 'x'.repeat(10)]));
    const config = { ...good, ...keys };
    expect(JSON.stringify(config).length).toBeGreaterThan(400_000);
    const answer = await invokeAs(harness, 'alice', 'squads.validate', { config });
    expect(answer.status).toBe(400);
    expect(answer.error?.details?.fields).toHaveLength(50);
    expect(JSON.stringify(answer.error).length).toBeLessThan(16_000);
  });

  it('refuses strings and lists past their bounds (issue types, holidays, stage names)', async () => {
    const answer = await invokeAs(harness, 'alice', 'squads.validate', {
      config: { ...good, issueTypes: Array.from({ length: 51 }, (_, i) => `Type ${i}`), calendar: { ...good.calendar, holidays: ['2025-12-25', 'x'.repeat(5000)] } },
    });
    expect(fieldPaths(answer)).toEqual(['calendar.holidays.1', 'issueTypes']);
    const names = await invokeAs(harness, 'alice', 'squads.projectStatuses', { projectKeys: ['MKT'], stageNames: ['Idea', 'y'.repeat(1000)] });
    expect(names.error?.details?.fields).toEqual([{ path: 'stageNames.1', message: 'must be at most 40 characters' }]);
  });

  it('asks Jira once per distinct project however often a key repeats', async () => {
    const emulator = harness.emulator!;
    emulator.state.resetStats();
    expect((await invokeAs(harness, 'alice', 'squads.projectStatuses', { projectKeys: ['MKT'], stageNames: ['Idea', 'Live'] })).status).toBe(200);
    const once = emulator.state.stats().total;
    emulator.state.resetStats();
    const repeated = await invokeAs<{ projects: Array<{ key: string }> }>(harness, 'alice', 'squads.projectStatuses', { projectKeys: Array.from({ length: 20 }, () => 'MKT'), stageNames: ['Idea', 'Live'] });
    expect(repeated.data.projects.map((p) => p.key)).toEqual(['MKT']);
    expect(emulator.state.stats().total).toBe(once);
  });
});

describe('squads: a discipline by field must be a choice field (issue 12.5)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness();
  });
  afterAll(() => harness.close());
  const good = demoConfig('fields', 'Fields');

  it('refuses summary (text) in validate and save, and stores nothing', async () => {
    const config = { ...good, discipline: { by: 'field', fieldId: 'summary', values: {} } };
    const before = await storeKeys(harness);
    for (const key of ['squads.validate', 'squads.save']) {
      const answer = await invokeAs(harness, 'alice', key, key === 'squads.save' ? { config, expectedRevision: null } : { config });
      expect(answer.status).toBe(400);
      expect(answer.error?.details?.fields).toEqual([
        { path: 'discipline.fieldId', message: 'Summary is not a choice field: a discipline comes from a select list, radio buttons, a cascading select, labels or components' },
      ]);
    }
    expect(await storeKeys(harness)).toEqual(before);
  });

  it('refuses a field that does not exist, and accepts labels and components', async () => {
    const missing = await invokeAs(harness, 'alice', 'squads.validate', { config: { ...good, discipline: { by: 'field', fieldId: 'customfield_99999', values: {} } } });
    expect(missing.error?.details?.fields).toEqual([{ path: 'discipline.fieldId', message: 'there is no field customfield_99999 that you can see' }]);
    for (const fieldId of ['labels', 'components']) {
      expect((await invokeAs(harness, 'alice', 'squads.validate', { config: { ...good, discipline: { by: 'field', fieldId, values: {} } } })).status).toBe(200);
    }
  });
});
