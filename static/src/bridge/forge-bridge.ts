import { invoke, router, view } from '@forge/bridge';
import type { HostBridge, HostContext } from './host-bridge';
import { fromForgeContext, routeFromPath, type ForgeContextLike } from './from-forge-context';

type History = Awaited<ReturnType<typeof view.createHistory>>;

/**
 * The only module that imports `@forge/bridge` (it throws outside Jira's iframe). The local build
 * replaces this file with local-bridge.ts through the `@host-bridge` alias in vite.config.mts.
 */
let history: Promise<History> | null = null;

/** Only full-page modules have an in-app history; gadgets and panels have none. */
function projectHistory(moduleKey: string): Promise<History> | null {
  if (moduleKey !== 'squadflow-project') return null;
  history ??= view.createHistory();
  return history;
}

export const hostBridge: HostBridge = {
  async getContext(): Promise<HostContext> {
    const ctx = (await view.getContext()) as ForgeContextLike;
    const h = projectHistory(ctx.moduleKey);
    const location = h ? (await h).location : null;
    return fromForgeContext(ctx, location?.pathname ?? null, location?.search ?? null);
  },
  enableTheming: () => view.theme.enable(),
  invoke: (functionKey, payload) => invoke(functionKey, (payload ?? {}) as Record<string, unknown>),
  submitGadgetConfig: (config) => view.submit(config),
  close: () => view.close(),
  openSquadMetrics: (projectKey, squadId) =>
    router.navigate({ target: 'module', moduleKey: 'squadflow-project', projectKey, path: `/metrics?squad=${encodeURIComponent(squadId)}` }),
  openIssue: (issueKey) => router.navigate(`/browse/${encodeURIComponent(issueKey)}`),
  async readQuery() {
    const h = history;
    return h === null ? '' : ((await h).location.search ?? '');
  },
  async writeQuery(search, mode) {
    const h = history;
    if (h === null) return;
    const current = await h;
    const to = { pathname: current.location.pathname, search };
    if (mode === 'push') current.push(to);
    else current.replace(to);
  },
  watchQuery(listener) {
    let unlisten: (() => void) | null = null;
    let cancelled = false;
    history
      ?.then((h) => {
        if (cancelled) return;
        // history v4 calls `(location, action)`, v5 `({location, action})`: only Back/Forward (POP).
        unlisten = h.listen((first: unknown, second?: unknown) => {
          const update = first as { location?: { search?: string }; action?: string; search?: string };
          const location = update.location ?? (first as { search?: string });
          const action = update.action ?? (typeof second === 'string' ? second : undefined);
          if (action === 'POP') listener(location.search ?? '');
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      unlisten?.();
    };
  },
  openJira: (path) => router.open(path),
  watchRoute(listener) {
    let unlisten: (() => void) | null = null;
    let cancelled = false;
    history
      ?.then((h) => {
        if (cancelled) return;
        // Typed as history v4 `(location, action)`; accept a v5 `{location}` update too.
        unlisten = h.listen((update: unknown) => {
          const loc = (update as { location?: { pathname?: string } }).location ?? (update as { pathname?: string });
          listener(routeFromPath(loc.pathname));
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      unlisten?.();
    };
  },
};
