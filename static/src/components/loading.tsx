import Spinner from '@atlaskit/spinner';
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';

const area = xcss({ paddingBlock: 'space.400' });

/** Centred spinner with a visible label, for lazy pages and resolver calls in flight. */
export function Loading({ label }: { label: string }) {
  return (
    <Box xcss={area} testId="loading">
      <Inline space="space.100" alignInline="center" alignBlock="center">
        <Spinner size="medium" label={label} />
        <Text color="color.text.subtle">{label}</Text>
      </Inline>
    </Box>
  );
}
