import { createInvoke } from './create-invoke';
import { InvokeError } from './invoke-error';

const answering = (answer: unknown) => createInvoke({ invoke: () => Promise.resolve(answer) });

async function failure(run: Promise<unknown>): Promise<InvokeError> {
  try {
    await run;
  } catch (err) {
    if (err instanceof InvokeError) return err;
    throw err;
  }
  throw new Error('expected an InvokeError');
}

describe('createInvoke', () => {
  const info = { app: 'SquadFlow', version: '0.1.0', moduleKey: null, projectKey: null, mode: 'emulator' } as const;

  it('unwraps {ok:true, data}', async () => {
    expect(await answering({ ok: true, data: info })('app.info', {})).toEqual(info);
  });

  it('passes the key and payload to the bridge', async () => {
    const calls: unknown[][] = [];
    const invoke = createInvoke({ invoke: (...args) => (calls.push(args), Promise.resolve({ ok: true, data: info })) });
    await invoke('app.info', {});
    expect(calls).toEqual([['app.info', {}]]);
  });

  it('throws the error body of {ok:false}, with field details', async () => {
    const error = { code: 'BAD_REQUEST', message: 'Invalid payload for app.info: (root): Unrecognized key: "x"', details: { fields: [{ path: '(root)', message: 'Unrecognized key: "x"' }] } };
    const err = await failure(answering({ ok: false, error })('app.info', {}));
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.message).toBe(error.message);
    expect(err.fields).toEqual([{ path: '(root)', message: 'Unrecognized key: "x"' }]);
    expect(err.functionKey).toBe('app.info');
  });

  it('turns a rejected bridge call into INTERNAL naming the function', async () => {
    const invoke = createInvoke({ invoke: () => Promise.reject(new TypeError('Failed to fetch')) });
    const err = await failure(invoke('app.info', {}));
    expect(err.body).toEqual({ code: 'INTERNAL', message: 'SquadFlow could not be reached. Check your connection and try again.', details: { bridgeError: 'Failed to fetch' } });
  });

  it('refuses answers of any other shape, including unknown error codes', async () => {
    for (const answer of [null, 'ok', { ok: true }, { ok: false, error: { code: 'NOPE', message: 'x' } }, { error: { code: 'BAD_REQUEST' } }]) {
      const err = await failure(answering(answer)('app.info', {}));
      expect(err.body).toEqual({ code: 'INTERNAL', message: 'app.info answered in an unexpected shape.' });
    }
  });
});
