import { useCallback, useEffect, useState } from 'react';
import type { FunctionKey, Functions } from '../../../src/contract';
import { InvokeError } from './invoke-error';
import { invoke } from './invoke';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: InvokeError }
  | { status: 'ready'; data: T };

type Settled<T> = { status: 'error'; error: InvokeError } | { status: 'ready'; data: T };

/**
 * Calls a resolver when the component mounts and whenever the payload changes (compared by value),
 * with loading and error states; `reload()` calls it again. Each answer is kept with the request it
 * answers, so a late answer to an outdated payload never shows.
 */
export function useResource<K extends FunctionKey>(
  key: K,
  payload: Functions[K]['payload'],
): Resource<Functions[K]['data']> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const payloadJson = JSON.stringify(payload);
  const request = `${attempt}|${key}|${payloadJson}`;
  const [settled, setSettled] = useState<{ request: string; result: Settled<Functions[K]['data']> } | null>(null);

  useEffect(() => {
    let current = true;
    invoke(key, JSON.parse(payloadJson) as Functions[K]['payload']).then(
      (data) => current && setSettled({ request, result: { status: 'ready', data } }),
      (err: unknown) => {
        const error = err instanceof InvokeError ? err : new InvokeError(key, { code: 'INTERNAL', message: String(err) });
        if (current) setSettled({ request, result: { status: 'error', error } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, payloadJson, request]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: Resource<Functions[K]['data']> = settled?.request === request ? settled.result : { status: 'loading' };
  return { ...state, reload };
}
