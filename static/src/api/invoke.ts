import { hostBridge } from '@host-bridge';
import type { FunctionKey, Functions } from '../../../src/contract';
import { createInvoke, type Invoke } from './create-invoke';
import { askEarly, takeEarly } from './early-answers';
import { takePrimedAnswer } from './primed-answers';

const call = createInvoke({
  invoke: (key, payload) => {
    const primed = takePrimedAnswer(key, payload);
    return primed === undefined ? hostBridge.invoke(key, payload) : Promise.resolve(primed);
  },
});

/**
 * `invoke('app.info', {})` → the resolver's data, or a thrown `InvokeError`. A question a page's
 * combined call already answered (see primed-answers.ts) is answered from it, without a round trip;
 * a question the page's boot code asked early (`askEarlyAnswer`, see early-answers.ts) and not yet
 * taken is answered by that call.
 */
export const invoke: Invoke = <K extends FunctionKey>(key: K, payload: Functions[K]['payload']): Promise<Functions[K]['data']> =>
  (takeEarly(key, payload) as Promise<Functions[K]['data']> | undefined) ?? call(key, payload);

/**
 * Asks a question now, for a page that will ask exactly it once it renders (see early-answers.ts).
 * The page's own call takes the answer.
 */
export const askEarlyAnswer = <K extends FunctionKey>(key: K, payload: Functions[K]['payload']): Promise<Functions[K]['data']> => askEarly(key, payload, call);
