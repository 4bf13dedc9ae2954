import './feature-flags';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostBridge, HostContext } from './bridge/host-bridge';
import { App } from './app';

/**
 * The app's own chunk (React, Atlaskit, the page router), loaded by the boot code (main.tsx) in
 * parallel with the theme, the page's chunk and its first question. Rendered once the theme's
 * token CSS is in, so the page is dark from its first paint.
 */
export function renderApp(root: HTMLElement, ctx: HostContext, bridge: HostBridge): void {
  createRoot(root).render(
    <StrictMode>
      <App initial={ctx} bridge={bridge} />
    </StrictMode>,
  );
}
