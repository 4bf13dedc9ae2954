export * from './catalog';
export * from './model';
export * from './generate';
export * from './change-items';
export { QUICK_WIN_LABEL } from './issue-attributes';
export { createRng, hashString, type Rng } from './prng';
export { DAY_MS, HOUR_MS, MINUTE_MS } from './work-time';
export { LINK_TYPES, linkTypeById } from './handoff-links';
