import { EARLY_ANSWER_MAX_AGE_MS, askEarly, forgetEarlyAnswers, primeAnswer, questionKey, takeEarly, takeEarlyIfSettled } from './early-answers';
import { InvokeError } from './invoke-error';

const info = { app: 'SquadFlow', version: '0.1.0', moduleKey: null, projectKey: null, mode: 'emulator' } as const;
/** Lets the early call's own `then` run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('early answers', () => {
  afterEach(() => {
    forgetEarlyAnswers();
    jest.restoreAllMocks();
  });

  it('hands an early answer to the first call of exactly that question, once', async () => {
    const call = jest.fn(async () => info);
    void askEarly('app.info', {}, call);
    expect(takeEarly('squads.list', {})).toBeUndefined();
    const early = takeEarly('app.info', {});
    expect(early).toBeDefined();
    expect(await early).toBe(info);
    // Taken: a reload or a later page asks again.
    expect(takeEarly('app.info', {})).toBeUndefined();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('matches the payload by value and asks one question once while it waits to be taken', async () => {
    const call = jest.fn(async () => ({ squads: [] }) as never);
    void askEarly('squads.get', { squadId: 'growth' }, call);
    void askEarly('squads.get', { squadId: 'growth' }, call);
    expect(call).toHaveBeenCalledTimes(1);
    expect(takeEarly('squads.get', { squadId: 'other' })).toBeUndefined();
    expect(takeEarly('squads.get', { squadId: 'growth' })).toBeDefined();
  });

  it('offers an answer for the first render only once it has arrived', async () => {
    let answer: (v: typeof info) => void = () => undefined;
    void askEarly('app.info', {}, () => new Promise<typeof info>((resolve) => (answer = resolve)));
    expect(takeEarlyIfSettled('app.info', {})).toBeUndefined();
    answer(info);
    await settle();
    expect(takeEarlyIfSettled('app.info', {})).toEqual({ status: 'ready', data: info });
    expect(takeEarlyIfSettled('app.info', {})).toBeUndefined();
  });

  it('passes a failed early call on to the page as its failure, without an unhandled rejection', async () => {
    const failure = new Error('offline');
    void askEarly('app.info', {}, async () => Promise.reject(failure));
    await settle();
    expect(takeEarlyIfSettled('app.info', {})).toEqual({ status: 'failed', error: failure });
    void askEarly('app.info', {}, async () => Promise.reject(failure));
    await expect(takeEarly('app.info', {})).rejects.toBe(failure);
  });

  it('drops an answer nobody took in time', async () => {
    const now = jest.spyOn(performance, 'now').mockReturnValue(1_000);
    void askEarly('app.info', {}, async () => info);
    await settle();
    now.mockReturnValue(1_000 + EARLY_ANSWER_MAX_AGE_MS + 1);
    expect(takeEarlyIfSettled('app.info', {})).toBeUndefined();
    expect(takeEarly('app.info', {})).toBeUndefined();
  });

  it('hands a primed answer (one a combined call gave) out once, to exactly its question, whatever the order of its keys', async () => {
    primeAnswer('squads.get', { squadId: 'growth' }, { ok: true, data: { config: {}, revision: 1, updatedAt: null, canEdit: false } as never });
    expect(takeEarly('squads.get', { squadId: 'brand' })).toBeUndefined();
    expect(takeEarlyIfSettled('squads.get', { squadId: 'growth' })).toMatchObject({ status: 'ready', data: { revision: 1 } });
    expect(takeEarly('squads.get', { squadId: 'growth' })).toBeUndefined();
    expect(questionKey('metrics.get', { b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(questionKey('metrics.get', { a: { d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('hands a primed refusal out as the call’s InvokeError, and nothing once it is stale', async () => {
    const now = jest.spyOn(performance, 'now').mockReturnValue(1_000);
    primeAnswer('metrics.get', { squadId: 'growth' }, { ok: false, error: { code: 'BAD_REQUEST', message: 'to: must come after from' } });
    const refused = takeEarly('metrics.get', { squadId: 'growth' });
    await expect(refused).rejects.toBeInstanceOf(InvokeError);
    await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'to: must come after from' });
    primeAnswer('metrics.get', { squadId: 'growth' }, { ok: true, data: {} as never });
    now.mockReturnValue(1_000 + EARLY_ANSWER_MAX_AGE_MS + 1);
    expect(takeEarly('metrics.get', { squadId: 'growth' })).toBeUndefined();
  });
});
