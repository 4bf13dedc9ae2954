import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageId } from './page-for-context';

/** One lazy chunk per page, so a module's first paint loads only its own page. */
export const LAZY_PAGES: Record<PageId, LazyExoticComponent<ComponentType>> = {
  board: lazy(() => import('../pages/board/BoardPage')),
  metrics: lazy(() => import('../pages/metrics/MetricsPage')),
  gadget: lazy(() => import('../pages/gadget/GadgetPage')),
  'gadget-edit': lazy(() => import('../pages/gadget-edit/GadgetEditPage')),
  issue: lazy(() => import('../pages/issue/IssuePanelPage')),
  admin: lazy(() => import('../pages/admin/AdminPage')),
  'project-settings': lazy(() => import('../pages/admin/project-settings-page')),
};
