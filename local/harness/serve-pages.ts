import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { LOCAL_CONTEXT_ELEMENT_ID } from '../../static/src/bridge/local-page-context';
import { PAGE_PATHS, pageContextFor } from './page-context';
import { escapeHtml, harnessPage, scriptJson } from './html';

export interface ServePagesOptions {
  /** The local UI build (static/dist/local): index.html and assets/. */
  staticDir: string;
  defaultAccountId: string;
  defaultProjectKey: string | null;
  isKnownAccount: (accountId: string) => boolean;
  /** A gadget instance's saved configuration (Jira's `extension.gadgetConfiguration`); null when none. */
  gadgetConfig: (gadgetId: string) => Record<string, unknown> | null;
}

/** Jira's page surface in each colour mode (the `elevation.surface` token), which shows through the app's iframe. */
export const HOST_SURFACE = { light: '#FFFFFF', dark: '#1F1F21' } as const;

/**
 * The harness plays Jira's page around the app: its html element is painted in the chosen theme
 * from the first byte, so nothing light shows before the app's theme applies (the app itself stays
 * transparent until then, see static/src/global.css).
 */
export function hostPageStyle(colorMode: 'light' | 'dark' | 'auto'): string {
  const paint = (mode: 'light' | 'dark'): string => `html{background-color:${HOST_SURFACE[mode]};color-scheme:${mode}}`;
  const css = colorMode === 'auto' ? `${paint('light')}@media (prefers-color-scheme: dark){${paint('dark')}}` : paint(colorMode);
  return `<style id="squadflow-host-page">${css}</style>`;
}

/**
 * Serves the built Custom UI as Jira would host it: the same index.html for every module, with
 * the module context written into the page (the local bridge reads it), and the built assets.
 */
export function servePages(options: ServePagesOptions): Router {
  const router = express.Router();
  router.use('/assets', express.static(join(options.staticDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));

  const page = async (req: Request, res: Response): Promise<void> => {
    const result = pageContextFor({
      path: req.path,
      query: req.query,
      defaultAccountId: options.defaultAccountId,
      defaultProjectKey: options.defaultProjectKey,
    });
    if (!result.ok) {
      res.status(result.status).type('html').send(harnessPage('SquadFlow: bad page request', `<p class="error">${escapeHtml(result.message)}</p><p><a href="/">All pages</a></p>`));
      return;
    }
    const { accountId } = result.context;
    if (accountId === null || !options.isKnownAccount(accountId)) {
      res
        .status(401)
        .type('html')
        .send(harnessPage('SquadFlow: unknown user', `<p class="error">No user with account ID “${escapeHtml(accountId ?? '')}” can sign in here.</p><p><a href="/">See the demo users</a></p>`));
      return;
    }
    let html: string;
    try {
      html = await readFile(join(options.staticDir, 'index.html'), 'utf8');
    } catch {
      res
        .status(503)
        .type('html')
        .send(harnessPage('SquadFlow: UI not built', `<p class="error">No local UI build in ${escapeHtml(options.staticDir)}. Run <code>npm run build:ui:local</code> (npm start does it for you).</p>`));
      return;
    }
    // As Jira gives a gadget its saved configuration in the module context, from the dashboard.
    const gadgetId = result.context.gadgetId;
    const context = { ...result.context, gadgetConfig: gadgetId === null ? null : options.gadgetConfig(gadgetId) };
    const head = `<link rel="icon" href="data:,">${hostPageStyle(context.colorMode)}<script type="application/json" id="${LOCAL_CONTEXT_ELEMENT_ID}">${scriptJson(context)}</script>`;
    res.status(200).type('html').set('cache-control', 'no-store').send(html.replace('</head>', `${head}</head>`));
  };
  for (const route of PAGE_PATHS) router.get(route, page);
  return router;
}
