import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageId } from './page-for-context';
import { PAGE_LOADERS } from './page-loaders';

/** Each page as a React.lazy component over its chunk (started at boot by `preloadPage`, see page-loaders.ts). */
export const LAZY_PAGES = Object.fromEntries(Object.entries(PAGE_LOADERS).map(([id, load]) => [id, lazy(load)])) as Record<PageId, LazyExoticComponent<ComponentType>>;
