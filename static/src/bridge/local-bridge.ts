import type { HostBridge, HostContext } from './host-bridge';
import { LOCAL_CONTEXT_ELEMENT_ID, gadgetConfigPath, type LocalPageContext } from './local-page-context';

/**
 * The host bridge of the local build: context from what the harness wrote into the page (a
 * gadget's saved configuration included, as Jira's `extension.gadgetConfiguration`), resolvers
 * through `POST /api/invoke` (a gadget sends its instance ID; the harness attaches the saved
 * configuration, as Jira does), `view.submit` as a POST to the harness's dashboard. Replaces
 * forge-bridge.ts via the `@host-bridge` alias when vite runs with `--mode harness` (npm run build:ui:local).
 */
function pageContext(): LocalPageContext {
  const text = document.getElementById(LOCAL_CONTEXT_ELEMENT_ID)?.textContent;
  if (!text) throw new Error(`This page was not served by the SquadFlow harness (no #${LOCAL_CONTEXT_ELEMENT_ID}).`);
  return JSON.parse(text) as LocalPageContext;
}

function currentContext(): HostContext {
  const { gadgetId: _gadgetId, ...page } = pageContext();
  const squad = page.gadgetConfig?.['squadId'];
  return { ...page, squadId: page.squadId ?? (typeof squad === 'string' ? squad : null), host: 'local' };
}

/** Back to the gadget's view with the same user, theme and instance, as Jira does after saving. */
function returnToGadgetView(): void {
  window.location.assign(`/gadget${window.location.search}`);
}

export const hostBridge: HostBridge = {
  getContext: async () => currentContext(),
  enableTheming: async () => undefined,
  async invoke(functionKey, payload) {
    const ctx = currentContext();
    const { gadgetId } = pageContext();
    const context = {
      accountId: ctx.accountId ?? undefined,
      moduleKey: ctx.moduleKey,
      projectKey: ctx.projectKey ?? undefined,
      issueKey: ctx.issueKey ?? undefined,
      gadgetId: gadgetId ?? undefined,
    };
    const res = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ functionKey, payload: payload ?? {}, context }),
    });
    // Errors come back as `{ok:false, error}` with a 4xx/5xx status: the body is the answer either way.
    return (await res.json()) as unknown;
  },
  async submitGadgetConfig(config) {
    const { gadgetId } = pageContext();
    const res = await fetch(gadgetConfigPath(gadgetId ?? 'default'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(config) });
    // Like view.submit, a refused save rejects (the edit view shows it) and stays on the form.
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(body?.error?.message ?? `The configuration was not saved (HTTP ${res.status}).`);
    }
    returnToGadgetView();
  },
  close: async () => returnToGadgetView(),
  async openSquadMetrics(projectKey, squadId) {
    // As Jira's router does: the whole page moves to the project page; user and theme come along.
    const here = new URLSearchParams(window.location.search);
    const next = new URLSearchParams({ project: projectKey, squad: squadId });
    for (const keep of ['as', 'theme']) {
      const value = here.get(keep);
      if (value !== null) next.set(keep, value);
    }
    window.location.assign(`/metrics?${next.toString()}`);
  },
  async openIssue(issueKey) {
    // The harness's stand-in for Jira's issue view is the issue panel page, as the same user and theme.
    const keep = new URLSearchParams(window.location.search);
    const query = new URLSearchParams();
    for (const name of ['as', 'theme']) {
      const value = keep.get(name);
      if (value !== null) query.set(name, value);
    }
    window.location.assign(`/issue/${encodeURIComponent(issueKey)}${query.size > 0 ? `?${query.toString()}` : ''}`);
  },
  readQuery: async () => window.location.search,
  async writeQuery(search, mode) {
    const url = `${window.location.pathname}${search}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  },
  watchQuery(listener) {
    const onPop = (): void => listener(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  },
  async openJira(path) {
    // The harness has no issue search of its own: the path opens as given (a real site serves it).
    window.open(path, '_blank', 'noopener');
  },
  watchRoute: () => () => undefined,
};

