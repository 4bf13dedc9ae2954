import { hostBridge } from '@host-bridge';
import type { FunctionKey, Functions } from '../../../src/contract';
import { createInvoke, type Invoke } from './create-invoke';
import { askEarly, takeEarly } from './early-answers';

const call = createInvoke(hostBridge);

/**
 * `invoke('app.info', {})` → the resolver's data, or a thrown `InvokeError`. A question the page's
 * boot code asked early (`askEarlyAnswer`) or a combined call already answered (`primeAnswer`), and
 * not yet taken, is answered from that (see early-answers.ts), without a round trip of its own.
 */
export const invoke: Invoke = <K extends FunctionKey>(key: K, payload: Functions[K]['payload']): Promise<Functions[K]['data']> =>
  (takeEarly(key, payload) as Promise<Functions[K]['data']> | undefined) ?? call(key, payload);

/**
 * Asks a question now, for a page that will ask exactly it once it renders (see early-answers.ts).
 * The page's own call takes the answer.
 */
export const askEarlyAnswer = <K extends FunctionKey>(key: K, payload: Functions[K]['payload']): Promise<Functions[K]['data']> => askEarly(key, payload, call);
