import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { HostContext } from '../bridge/host-bridge';
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
 * calls (their answers are handed to the page's own calls, see api/early-answers.ts) and other
 * lazy chunks. Each in its own small chunk, so other pages' boot does not load it.
 */
const PAGE_EARLY: Partial<Record<PageId, (ctx: HostContext, readQuery: () => Promise<string>) => Promise<void>>> = {
  metrics: async (ctx, readQuery) => (await import('../pages/metrics/ask-early')).askMetricsPageEarly(ctx, readQuery),
};

/**
 * Starts fetching a page's chunk while the theme's token CSS still loads, instead of after it:
 * the two were a waterfall on every first paint. The browser's module cache makes the later
 * `lazy` import of the same chunk free; a failed fetch here is retried by it. With a context,
 * the page's first questions are asked first (PAGE_EARLY), and the page's chunk is imported once
 * they are on their way: imported together, Chromium evaluated the small early chunk only with the
 * page's whole module graph (they share modules), which held the questions back by ~0.5 s.
 */
export function preloadPage(page: PageId | null, early?: { ctx: HostContext; readQuery: () => Promise<string> }): void {
  if (page === null) return;
  const asking = early === undefined ? undefined : PAGE_EARLY[page]?.(early.ctx, early.readQuery);
  (asking ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => PAGE_LOADERS[page]())
    .catch(() => undefined);
}
