import type { ReactNode } from 'react';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';

const field = xcss({ minWidth: '160px', maxWidth: '260px', flexGrow: 1 });

/** One control of the panel's controls bar under its visible label, sized to share a wrapping row. */
export function LabelledControl({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Box xcss={field}>
      <Stack space="space.050">
        <label htmlFor={id}>
          <Text size="small" weight="semibold" color="color.text.subtle">
            {label}
          </Text>
        </label>
        {children}
      </Stack>
    </Box>
  );
}
