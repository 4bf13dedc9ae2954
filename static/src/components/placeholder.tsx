import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';

const block = xcss({ backgroundColor: 'color.skeleton', borderRadius: 'radius.small' });
const frame = xcss({ padding: 'space.300' });
const compactFrame = xcss({ padding: 'space.150' });

interface PlaceholderProps {
  /** Height in pixels: the height of what will replace it, so nothing jumps when it arrives. */
  height: number;
  /** CSS width; default the full width. */
  width?: string;
  /** Read by screen readers ("Loading the board"). */
  label: string;
}

/**
 * A skeleton block of the final content's height, for anything loading. It pulses gently (not
 * with reduced motion, see global.css) and tells assistive technology what is loading.
 */
export function Placeholder({ height, width = '100%', label }: PlaceholderProps) {
  return (
    <Box role="status" aria-busy="true" aria-label={label} testId="placeholder">
      <Box xcss={block} style={{ height, width }} data-skeleton="" />
    </Box>
  );
}

/**
 * The shape of a page while its code loads: heading, a toolbar line and content, at the height
 * the page will have. `compact` is the gadget and issue panel size.
 */
export function PageSkeleton({ compact = false, label }: { compact?: boolean; label: string }) {
  return (
    <Box xcss={compact ? compactFrame : frame} role="status" aria-busy="true" aria-label={label} testId="page-skeleton">
      <Stack space={compact ? 'space.150' : 'space.300'}>
        <Inline space="space.150" spread="space-between">
          <Box xcss={block} style={{ height: compact ? 20 : 32, width: compact ? '45%' : '30%' }} data-skeleton="" />
          {!compact && <Box xcss={block} style={{ height: 32, width: 160 }} data-skeleton="" />}
        </Inline>
        <Box xcss={block} style={{ height: compact ? 24 : 40, width: '100%' }} data-skeleton="" />
        <Box xcss={block} style={{ height: compact ? 120 : 420, width: '100%' }} data-skeleton="" />
        <Box xcss={block} style={{ height: 20, width: compact ? '60%' : '40%' }} data-skeleton="" />
      </Stack>
    </Box>
  );
}
