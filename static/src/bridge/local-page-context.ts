import type { HostContext } from './host-bridge';

/**
 * The context the local harness writes into each page it serves (as Jira gives Forge its module
 * context), in `<script type="application/json" id="squadflow-host-context">`. Shared by the
 * harness (local/harness) and local-bridge.ts; types and constants only.
 */
export const LOCAL_CONTEXT_ELEMENT_ID = 'squadflow-host-context';

export interface LocalPageContext extends Omit<HostContext, 'gadgetConfig' | 'host'> {
  /** Which gadget instance this is (`?gadget=`), so each keeps its own saved configuration. */
  gadgetId: string | null;
}

/** localStorage key of a gadget instance's saved configuration (what `view.submit` saves). */
export const gadgetStorageKey = (gadgetId: string): string => `squadflow.gadget.${gadgetId}`;
