import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { Page } from 'playwright-core';

export const FORGE_UI_DIR = join(__dirname, '..', '..', '..', 'static', 'dist', 'app');

/**
 * Serves the Forge build (static/dist/app) under a nested path, as Forge's CDN does, so relative
 * asset URLs are exercised. Only this folder is served: anything outside it would 404, as in Jira.
 */
export async function serveForgeResource(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(FORGE_UI_DIR, 'index.html'))) throw new Error(`No Forge UI build in ${FORGE_UI_DIR}: run \`npm run build:ui\` first.`);
  const app = express();
  app.use('/cdn/app-resource', express.static(FORGE_UI_DIR));
  // Jira hosts the resource in an iframe, which asks for no favicon; a top-level test page does.
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cdn/app-resource/index.html`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FakeForgeContext {
  moduleKey: string;
  accountId?: string;
  extension: Record<string, unknown>;
  theme?: { colorMode: 'light' | 'dark' };
}

/**
 * Installs a stand-in for the host side of `@forge/bridge` (`window.__bridge.callBridge`) before
 * the page's scripts run: answers getContext, createHistory, enableTheming, invoke (resolver
 * answers from `answers`, by function key) and submit/close; every call is recorded in
 * `window.__forgeCalls` (read it with `forgeCalls`).
 */
export async function installFakeForgeHost(
  page: Page,
  options: { context: FakeForgeContext; pathname?: string; answers: Record<string, unknown> },
): Promise<void> {
  const config = JSON.stringify(options);
  await page.addInitScript(`(() => {
    const cfg = ${config};
    const calls = [];
    window.__forgeCalls = calls;
    window.__bridge = {
      callBridge: async (cmd, payload) => {
        calls.push({ cmd, payload: payload === undefined ? null : JSON.parse(JSON.stringify(payload)) });
        switch (cmd) {
          case 'getContext': return JSON.parse(JSON.stringify(cfg.context));
          case 'createHistory': return { location: { pathname: cfg.pathname || '/' }, action: 'POP', listen: () => () => {} };
          case 'invoke': return Object.prototype.hasOwnProperty.call(cfg.answers, payload.functionKey)
            ? cfg.answers[payload.functionKey]
            : { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: 'No resolver named ' + payload.functionKey } };
          default: return undefined;
        }
      },
    };
  })();`);
}

export async function forgeCalls(page: Page): Promise<Array<{ cmd: string; payload: unknown }>> {
  return page.evaluate<Array<{ cmd: string; payload: unknown }>>('window.__forgeCalls');
}
