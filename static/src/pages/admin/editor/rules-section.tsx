import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';

/** One titled group of settings on the editor's rules step. */
export function RulesSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack space="space.100">
      <Heading size="small" as="h3">
        {title}
      </Heading>
      {children}
    </Stack>
  );
}
