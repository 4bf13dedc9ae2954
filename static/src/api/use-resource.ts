import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionKey, Functions } from '../../../src/contract';
import { InvokeError } from './invoke-error';
import { invoke } from './invoke';
import { takeEarlyIfSettled } from './early-answers';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: InvokeError }
  | { status: 'ready'; data: T };

type Settled<T> = { status: 'error'; error: InvokeError } | { status: 'ready'; data: T };

function toInvokeError(key: FunctionKey, err: unknown): InvokeError {
  return err instanceof InvokeError ? err : new InvokeError(key, { code: 'INTERNAL', message: String(err) });
}

/**
 * Calls a resolver when the component mounts and whenever the payload changes (compared by value),
 * with loading and error states; `reload()` calls it again. Each answer is kept with the request it
 * answers, so a late answer to an outdated payload never shows. An answer the page already holds
 * (early-answers.ts: asked at boot and arrived, or primed by a combined call) is shown in the first
 * render: no loading frame, no extra render.
 */
export function useResource<K extends FunctionKey>(
  key: K,
  payload: Functions[K]['payload'],
): Resource<Functions[K]['data']> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const payloadJson = JSON.stringify(payload);
  const request = `${attempt}|${key}|${payloadJson}`;
  const [settled, setSettled] = useState<{ request: string; result: Settled<Functions[K]['data']> } | null>(() => {
    const early = takeEarlyIfSettled(key, payload);
    if (early === undefined) return null;
    const result: Settled<Functions[K]['data']> = early.status === 'ready' ? { status: 'ready', data: early.data as Functions[K]['data'] } : { status: 'error', error: toInvokeError(key, early.error) };
    return { request, result };
  });
  // The request answered in the first render needs no call.
  const answeredAtMount = useRef(settled?.request ?? null);

  useEffect(() => {
    if (answeredAtMount.current === request) {
      answeredAtMount.current = null;
      return undefined;
    }
    let current = true;
    invoke(key, JSON.parse(payloadJson) as Functions[K]['payload']).then(
      (data) => current && setSettled({ request, result: { status: 'ready', data } }),
      (err: unknown) => current && setSettled({ request, result: { status: 'error', error: toInvokeError(key, err) } }),
    );
    return () => {
      current = false;
    };
  }, [key, payloadJson, request]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: Resource<Functions[K]['data']> = settled?.request === request ? settled.result : { status: 'loading' };
  return { ...state, reload };
}
