import { hostBridge } from '@host-bridge';
import { createInvoke } from './create-invoke';
import { takePrimedAnswer } from './primed-answers';

/**
 * `invoke('app.info', {})` → the resolver's data, or a thrown `InvokeError`. A question a page's
 * combined call already answered (see primed-answers.ts) is answered from it, without a round trip.
 */
export const invoke = createInvoke({
  invoke: (key, payload) => {
    const primed = takePrimedAnswer(key, payload);
    return primed === undefined ? hostBridge.invoke(key, payload) : Promise.resolve(primed);
  },
});
