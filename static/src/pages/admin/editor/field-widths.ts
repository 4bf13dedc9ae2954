import { xcss } from '@atlaskit/primitives';

/** Widths of the rules step's controls: a short value, and a list or a multi-select. */
export const cell = xcss({ width: '220px' });
export const wide = xcss({ width: '460px' });
