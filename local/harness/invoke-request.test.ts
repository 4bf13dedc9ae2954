import { parseInvokeRequest } from './invoke-request';

describe('parseInvokeRequest', () => {
  it('accepts {functionKey, payload, context}', () => {
    const body = { functionKey: 'app.info', payload: {}, context: { accountId: 'acc-1', moduleKey: 'squadflow-admin', projectKey: 'MKT' } };
    expect(parseInvokeRequest(body)).toEqual({ ok: true, request: body });
  });

  it('refuses a body that is not an object', () => {
    for (const body of [undefined, null, [], 'app.info', 7]) {
      const result = parseInvokeRequest(body);
      expect(!result.ok && result.error.code).toBe('BAD_REQUEST');
    }
  });

  it('names every bad field', () => {
    const result = parseInvokeRequest({ functionKey: '', context: { projectKey: 'mkt', extra: 1 }, other: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    expect((result.error.details?.fields ?? []).map((f) => f.path).sort()).toEqual(['context.extra', 'context.projectKey', 'functionKey', 'other']);
  });
});
