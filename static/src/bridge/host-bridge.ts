/**
 * What the UI needs from the page's host (Jira through `@forge/bridge`, or the local harness).
 * Two implementations: `forge-bridge.ts` (the only importer of `@forge/bridge`) and
 * `local-bridge.ts`; the build picks one through the `@host-bridge` alias.
 */
export type ColorMode = 'light' | 'dark' | 'auto';

/** The module context, normalised from Forge's `view.getContext()` or the harness's page. */
export interface HostContext {
  /** Forge module key from manifest.yml, e.g. `squadflow-project`. */
  moduleKey: string;
  /** Sub-page route of a project page (`board`, `metrics`), when the module has pages. */
  route: string | null;
  /** `edit` when Jira opens a dashboard gadget's configuration view, else `view`. */
  entryPoint: 'view' | 'edit';
  accountId: string | null;
  projectKey: string | null;
  issueKey: string | null;
  /** Squad to open first (`?squad=` locally); pages fall back to the first squad. */
  squadId: string | null;
  /** Saved configuration of this gadget instance; null until someone saves it. */
  gadgetConfig: Record<string, unknown> | null;
  colorMode: ColorMode;
  /** Who hosts the page: Jira (Forge) or the local harness. Shown in page footers. */
  host: 'forge' | 'local';
}

export interface HostBridge {
  getContext(): Promise<HostContext>;
  /** Lets the host drive the colour mode (Forge's `view.theme.enable()`); a no-op locally. */
  enableTheming(): Promise<void>;
  /** Calls a resolver; answers its raw result body (`{ok, data}` / `{ok:false, error}`). */
  invoke(functionKey: string, payload: unknown): Promise<unknown>;
  /** Saves a gadget's configuration and returns to its view (Forge's `view.submit`). */
  submitGadgetConfig(config: Record<string, unknown>): Promise<void>;
  /** Leaves an edit view without saving (Forge's `view.close`). */
  close(): Promise<void>;
  /**
   * Opens a squad's speed-metrics page: the project page's `metrics` route in `projectKey` with
   * `?squad=` (Forge: `router.navigate` to the project page module; locally the harness page).
   */
  openSquadMetrics(projectKey: string, squadId: string): Promise<void>;
  /** Opens an issue the way Jira does (its issue view); locally, the harness's issue page. */
  openIssue(issueKey: string): Promise<void>;
  /** The query string (`?a=1&b=2`, or '') of the page's own address: pages keep their controls there. */
  readQuery(): Promise<string>;
  /**
   * Sets the page address's query string without a reload: `push` adds a history entry (a change
   * the user made, which Back undoes), `replace` does not.
   */
  writeQuery(search: string, mode: 'push' | 'replace'): Promise<void>;
  /** Calls `listener` with the new query string when the user goes back or forward; returns an unsubscribe. */
  watchQuery(listener: (search: string) => void): () => void;
  /**
   * Opens a Jira path (`/browse/MKT-1`, `/issues/?jql=…`) through the host's router, in a new tab,
   * as the user's own navigation.
   */
  openJira(path: string): Promise<void>;
  /** Calls `listener` when the host moves to another sub-page route; returns an unsubscribe. */
  watchRoute(listener: (route: string | null) => void): () => void;
}
