import type { HostContext } from './host-bridge';

/**
 * The context the local harness writes into each page it serves (as Jira gives Forge its module
 * context), in `<script type="application/json" id="squadflow-host-context">`. Shared by the
 * harness (local/harness) and local-bridge.ts; types and constants only.
 */
export const LOCAL_CONTEXT_ELEMENT_ID = 'squadflow-host-context';

export interface LocalPageContext extends Omit<HostContext, 'host'> {
  /**
   * Which gadget instance this is (`?gadget=`, Jira's `extension.gadget.id`): the harness keeps each
   * instance's saved configuration and gives it back in `gadgetConfig` (Jira's
   * `extension.gadgetConfiguration`) and to every resolver call made with this ID.
   */
  gadgetId: string | null;
}

/** Where the local bridge's `view.submit` posts a gadget instance's configuration. */
export const gadgetConfigPath = (gadgetId: string): string => `/api/gadget/${encodeURIComponent(gadgetId)}/configuration`;
