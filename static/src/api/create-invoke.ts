import type { AppErrorBody, FunctionKey, Functions } from '../../../src/contract';
import type { HostBridge } from '../bridge/host-bridge';
import { InvokeError } from './invoke-error';
import { isErrorCode } from './error-codes';

/** Typed resolver call: payload and answer types come from the shared `Functions` map. */
export type Invoke = <K extends FunctionKey>(key: K, payload: Functions[K]['payload']) => Promise<Functions[K]['data']>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toErrorBody(raw: unknown): AppErrorBody | null {
  if (!isRecord(raw)) return null;
  const { code, message, details } = raw;
  if (!isErrorCode(code) || typeof message !== 'string') return null;
  return isRecord(details) ? { code, message, details } : { code, message };
}

/**
 * Builds `invoke` over a host bridge. Unwraps `{ok:true, data}`; throws `InvokeError` for
 * `{ok:false, error}`, for a failed call (network, bridge) and for an answer of any other shape.
 */
export function createInvoke(bridge: Pick<HostBridge, 'invoke'>): Invoke {
  return async <K extends FunctionKey>(key: K, payload: Functions[K]['payload']): Promise<Functions[K]['data']> => {
    let raw: unknown;
    try {
      raw = await bridge.invoke(key, payload);
    } catch (err) {
      // The bridge's reason is for developers (the browser console has it); people get a sentence.
      const reason = err instanceof Error ? err.message : String(err);
      throw new InvokeError(key, { code: 'INTERNAL', message: 'SquadFlow could not be reached. Check your connection and try again.', details: { bridgeError: reason.slice(0, 200) } });
    }
    if (isRecord(raw) && raw['ok'] === true && 'data' in raw) return raw['data'] as Functions[K]['data'];
    const body = isRecord(raw) ? toErrorBody(raw['error']) : null;
    throw new InvokeError(key, body ?? { code: 'INTERNAL', message: `${key} answered in an unexpected shape.` });
  };
}
