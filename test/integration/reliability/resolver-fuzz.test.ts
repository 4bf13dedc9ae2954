import fc from 'fast-check';
import type { Harness } from '../../../local/harness/start-harness';
import { allResolvers } from '../../../src/resolvers/registry';
import { postInvoke } from '../../helpers/harness';
import { USERS } from '../../helpers/demo-users';
import { startSquadHarness } from '../squads-env';

jest.setTimeout(240_000);

/** Hostile strings the fuzzer mixes in: JQL and path injection, huge and odd text. */
const HOSTILE = [
  'MKT" OR project = "IT',
  "MKT') OR 1=1 --",
  '../../rest/api/3/myself',
  'growth/../../admin',
  '%2e%2e%2f',
  '\u0000',
  '<script>alert(1)</script>',
  'a'.repeat(10_000),
  '__proto__',
  'constructor',
];

const payloadArb = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
  fc.dictionary(fc.constantFrom('squadId', 'config', 'text', 'projectKeys', 'projectKey', 'issueKey', 'expectedRevision', 'newId', 'newName', 'forecast', 'query'), fc.oneof(fc.constantFrom(...HOSTILE), fc.anything({ maxDepth: 2 })), { maxKeys: 4 }),
);

/**
 * Every resolver key of the registry (a new key is fuzzed without touching this file) gets random
 * and hostile payloads as a Jira admin: the answer is a success or a clear 4xx, never a 5xx crash,
 * and it comes back in bounded time.
 */
describe('bad input: fast-check fuzzing of every resolver payload', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness();
  });
  afterAll(() => harness.close());

  for (const key of Object.keys(allResolvers()).sort()) {
    it(`${key}: random and hostile payloads (injection, traversal, NUL, 10 KB strings) answer 200 or 4xx, fast`, async () => {
      await fc.assert(
        fc.asyncProperty(payloadArb, async (payload) => {
          const started = Date.now();
          const res = await postInvoke(harness.url, JSON.stringify({ functionKey: key, payload, context: { accountId: USERS.alice, moduleKey: 'squadflow-admin' } }));
          const code = (res.json as { error?: { code?: string } } | null)?.error?.code;
          expect({ key, status: res.status < 500 ? 'ok' : res.status, code: code === 'INTERNAL' ? code : 'ok' }).toEqual({ key, status: 'ok', code: 'ok' });
          expect(Date.now() - started).toBeLessThan(10_000);
        }),
        { numRuns: 12, seed: 42 },
      );
    });
  }
});
