import { primeAnswer, questionKey, takePrimedAnswer } from './primed-answers';

describe('primed answers', () => {
  it('hands an answer out once, to exactly its question, whatever the order of its keys', () => {
    primeAnswer('squads.get', { squadId: 'growth' }, { ok: true, data: { config: {}, revision: 1, updatedAt: null, canEdit: false } as never }, 1_000);
    expect(takePrimedAnswer('squads.get', { squadId: 'brand' }, 1_000)).toBeUndefined();
    expect(takePrimedAnswer('squads.export', { squadId: 'growth' }, 1_000)).toBeUndefined();
    expect(takePrimedAnswer('squads.get', { squadId: 'growth' }, 1_500)).toMatchObject({ ok: true, data: { revision: 1 } });
    expect(takePrimedAnswer('squads.get', { squadId: 'growth' }, 1_600)).toBeUndefined();
    expect(questionKey('metrics.get', { b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(questionKey('metrics.get', { a: { d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('hands out refusals too, and nothing once it is stale (a later question asks the resolver)', () => {
    primeAnswer('metrics.get', { squadId: 'growth' }, { ok: false, error: { code: 'BAD_REQUEST', message: 'to: must come after from' } }, 0);
    expect(takePrimedAnswer('metrics.get', { squadId: 'growth' }, 10_000)).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: 'to: must come after from' } });
    primeAnswer('metrics.get', { squadId: 'growth' }, { ok: true, data: {} as never }, 0);
    expect(takePrimedAnswer('metrics.get', { squadId: 'growth' }, 60_000)).toBeUndefined();
  });
});
