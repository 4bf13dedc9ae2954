import type { ComponentType } from 'react';
import type { HostContext } from '../bridge/host-bridge';
import { askBoardPageEarly } from '../pages/board/ask-early';
import { askMetricsPageEarly } from '../pages/metrics/ask-early';
import type { PageId } from './page-for-context';

export type PageModule = { default: ComponentType };

/**
 * One chunk per page, so a module's first paint loads only its own page. No React here: this
 * module is part of the boot chunk (main.tsx), which starts a page's chunk before React and
 * Atlaskit have loaded; `lazy-pages.ts` wraps the same loaders in `React.lazy`.
 */
export const PAGE_LOADERS: Record<PageId, () => Promise<PageModule>> = {
  board: () => import('../pages/board/BoardPage'),
  metrics: () => import('../pages/metrics/MetricsPage'),
  gadget: () => import('../pages/gadget/GadgetPage'),
  'gadget-edit': () => import('../pages/gadget-edit/GadgetEditPage'),
  issue: () => import('../pages/issue/IssuePanelPage'),
  admin: () => import('../pages/admin/AdminPage'),
  'project-settings': () => import('../pages/admin/project-settings-page'),
};

/**
 * What a page needs before its first paint besides its chunk, started at boot: its first resolver
 * call (its answer is handed to the page's own call, see api/early-answers.ts) and other lazy
 * chunks. Part of the boot chunk (a few KB, no zod, no React), so the question leaves right after
 * the context is read, in parallel with the page's chunk and the app's own (React, Atlaskit).
 */
const PAGE_EARLY: Partial<Record<PageId, (ctx: HostContext, readQuery: () => Promise<string>) => void>> = {
  metrics: askMetricsPageEarly,
  board: askBoardPageEarly,
};

/**
 * Starts fetching a page's chunk at boot, beside the app's React/Atlaskit chunk and the theme's
 * token CSS, instead of after them: they were a waterfall on every first paint. The browser's
 * module cache makes the later `lazy` import of the same chunk free; a failed fetch here is
 * retried by it. With a context, the page's first question is asked too (PAGE_EARLY).
 */
export function preloadPage(page: PageId | null, early?: { ctx: HostContext; readQuery: () => Promise<string> }): void {
  if (page === null) return;
  if (early !== undefined) PAGE_EARLY[page]?.(early.ctx, early.readQuery);
  PAGE_LOADERS[page]().catch(() => undefined);
}
