import './feature-flags';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { hostBridge } from '@host-bridge';
import { App } from './app';
import { pageForContext } from './routing/page-for-context';
import { preloadPage } from './routing/lazy-pages';
import './global.css';

/**
 * Boot: read the module context, start loading the page (its chunk and first questions), follow
 * the host's colour mode, then render the page for the module. In Jira, `view.theme.enable()`
 * hands the colour mode to Jira; setGlobalTheme loads the token CSS for it (locally `?theme=dark`
 * picks it).
 */
async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const ctx = await hostBridge.getContext();
    preloadPage(pageForContext(ctx), { ctx, readQuery: () => hostBridge.readQuery() });
    await hostBridge.enableTheming();
    await setGlobalTheme({ light: 'light', dark: 'dark', colorMode: ctx.colorMode, spacing: 'spacing', typography: 'typography' });
    root.render(
      <StrictMode>
        <App initial={ctx} bridge={hostBridge} />
      </StrictMode>,
    );
  } catch (err) {
    // Without a context there is no page to pick; say why instead of a blank frame.
    const message = err instanceof Error ? err.message : String(err);
    root.render(<p role="alert">SquadFlow could not start: {message}</p>);
  }
}

void boot();
