import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
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
 * Starts fetching a page's chunk while the theme's token CSS still loads, instead of after it:
 * the two were a waterfall on every first paint. The browser's module cache makes the later
 * `lazy` import of the same chunk free; a failed fetch here is retried by it.
 */
export function preloadPage(page: PageId | null): void {
  if (page !== null) PAGE_LOADERS[page]().catch(() => undefined);
}
