import { Box, xcss } from '@atlaskit/primitives';
import type { Stage } from '../../../../../src/contract';

const base = { width: '16px', height: '16px', borderRadius: 'radius.small', flexShrink: 0 } as const;

/** One swatch per stage colour, from design tokens so both themes work. */
const SWATCHES: Record<Stage['color'], ReturnType<typeof xcss>> = {
  neutral: xcss({ ...base, backgroundColor: 'color.background.accent.gray.subtle' }),
  blue: xcss({ ...base, backgroundColor: 'color.background.accent.blue.subtle' }),
  teal: xcss({ ...base, backgroundColor: 'color.background.accent.teal.subtle' }),
  green: xcss({ ...base, backgroundColor: 'color.background.accent.green.subtle' }),
  yellow: xcss({ ...base, backgroundColor: 'color.background.accent.yellow.subtle' }),
  orange: xcss({ ...base, backgroundColor: 'color.background.accent.orange.subtle' }),
  red: xcss({ ...base, backgroundColor: 'color.background.accent.red.subtle' }),
  purple: xcss({ ...base, backgroundColor: 'color.background.accent.purple.subtle' }),
  magenta: xcss({ ...base, backgroundColor: 'color.background.accent.magenta.subtle' }),
};

export function StageSwatch({ color }: { color: Stage['color'] }) {
  return <Box xcss={SWATCHES[color]} aria-hidden />;
}
