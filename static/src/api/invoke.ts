import { hostBridge } from '@host-bridge';
import { createInvoke } from './create-invoke';

/** `invoke('app.info', {})` → the resolver's data, or a thrown `InvokeError`. */
export const invoke = createInvoke(hostBridge);
