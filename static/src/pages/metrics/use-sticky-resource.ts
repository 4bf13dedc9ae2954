import { useState } from 'react';
import type { FunctionKey, Functions } from '../../../../src/contract';
import { useResource } from '../../api/use-resource';
import type { InvokeError } from '../../api/invoke-error';

export type StickyResource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: InvokeError; reload: () => void }
  | { status: 'ready'; data: T; updating: boolean; reload: () => void };

/**
 * `useResource`, but while a changed payload is being answered the last answer stays on screen
 * (`updating: true`): a control change redraws the charts in place instead of blanking the page.
 */
export function useStickyResource<K extends FunctionKey>(key: K, payload: Functions[K]['payload']): StickyResource<Functions[K]['data']> {
  const r = useResource(key, payload);
  const [last, setLast] = useState<Functions[K]['data'] | null>(null);
  // Kept from an earlier render (React's "storing information from previous renders" pattern).
  if (r.status === 'ready' && last !== r.data) setLast(r.data);
  if (r.status === 'ready') {
    return { status: 'ready', data: r.data, updating: false, reload: r.reload };
  }
  if (r.status === 'error') return { status: 'error', error: r.error, reload: r.reload };
  return last === null ? { status: 'loading' } : { status: 'ready', data: last, updating: true, reload: r.reload };
}
