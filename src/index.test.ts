import { resolverHandler } from './index';

describe('Forge resolver handler', () => {
  it('runs a resolver with the context and principal Forge passes', async () => {
    const answer = await resolverHandler({
      call: { functionKey: 'app.info', payload: {} },
      context: { moduleKey: 'squadflow-project', extension: { project: { key: 'MKT' } } },
    }, { principal: { accountId: 'acc-1' } });
    expect(answer).toEqual({ ok: true, data: { app: 'SquadFlow', version: '0.1.0', moduleKey: 'squadflow-project', projectKey: 'MKT', mode: 'forge' } });
  });

  it('takes the account from Forge, never from the browser-supplied context', async () => {
    const answer = await resolverHandler({ call: { functionKey: 'app.info', payload: {} }, context: { accountId: 'forged', moduleKey: 'squadflow-admin' } });
    expect(answer).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sign in to Jira to use SquadFlow.' } });
  });
});
