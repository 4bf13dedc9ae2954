import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { HostContext } from '../bridge/host-bridge';
import { askMetricsPageEarly } from '../pages/metrics/ask-early';
import type { PageId } from './page-for-context';

type PageModule = { default: ComponentType };

/** One chunk per page, so a module's first paint loads only its own page. */
const PAGE_LOADERS: Record<PageId, () => Promise<PageModule>> = {
  board: () => import('../pages/board/BoardPage'),
  metrics: () => import('../pages/metrics/MetricsPage'),
  gadget: () => import('../pages/gadget/GadgetPage'),
  'gadget-edit': () => import('../pages/gadget-edit/GadgetEditPage'),
  issue: () => import('../pages/issue/IssuePanelPage'),
  admin: () => import('../pages/admin/AdminPage'),
  'project-settings': () => import('../pages/admin/project-settings-page'),
};

export const LAZY_PAGES = Object.fromEntries(Object.entries(PAGE_LOADERS).map(([id, load]) => [id, lazy(load)])) as Record<PageId, LazyExoticComponent<ComponentType>>;

/**
 * What a page needs before its first paint besides its chunk, started at boot: its first resolver
 * call (its answer is handed to the page's own call, see api/early-answers.ts) and other lazy
 * chunks. Part of the boot chunk (a few KB, no zod), so the question leaves right after the
 * context is read, in parallel with the page's chunk; a chunk of its own cost a round trip and,
 * imported beside the page's chunk, ran only with the page's whole module graph.
 */
const PAGE_EARLY: Partial<Record<PageId, (ctx: HostContext, readQuery: () => Promise<string>) => void>> = {
  metrics: askMetricsPageEarly,
};

/**
 * Starts fetching a page's chunk while the theme's token CSS still loads, instead of after it:
 * the two were a waterfall on every first paint. The browser's module cache makes the later
 * `lazy` import of the same chunk free; a failed fetch here is retried by it. With a context,
 * the page's first question is asked too (PAGE_EARLY).
 */
export function preloadPage(page: PageId | null, early?: { ctx: HostContext; readQuery: () => Promise<string> }): void {
  if (page === null) return;
  if (early !== undefined) PAGE_EARLY[page]?.(early.ctx, early.readQuery);
  PAGE_LOADERS[page]().catch(() => undefined);
}
