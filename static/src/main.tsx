import { hostBridge } from '@host-bridge';
import { pageForContext } from './routing/page-for-context';
import { preloadPage } from './routing/page-loaders';
import './global.css';

/**
 * Boot, kept small (no React, no Atlaskit, no zod: a few KB): read the module context, start the
 * page's chunk and its first question (page-loaders.ts), and meanwhile load the theme's token CSS
 * (apply-theme.ts) and the app's own chunk (render-app.tsx: React, Atlaskit), which renders the
 * page for the module once the theme is in (dark from the first paint). Before, the boot code sat
 * behind ~500 KB of React and Atlaskit (fetched, then evaluated), so a page's chunk and first
 * question left only after them, and the theme's CSS after that.
 */
const theme = import('./apply-theme');
const app = import('./render-app');

async function boot(): Promise<void> {
  const root = document.getElementById('root') as HTMLElement;
  try {
    const ctx = await hostBridge.getContext();
    preloadPage(pageForContext(ctx), { ctx, readQuery: () => hostBridge.readQuery() });
    await hostBridge.enableTheming();
    const themed = theme.then(({ applyTheme }) => applyTheme(ctx.colorMode));
    const [{ renderApp }] = await Promise.all([app, themed]);
    renderApp(root, ctx, hostBridge);
  } catch (err) {
    // Without a context (or the app's code) there is no page to show; say why instead of a blank frame.
    const message = err instanceof Error ? err.message : String(err);
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `SquadFlow could not start: ${message}`;
    root.replaceChildren(p);
  }
}

void boot();
