import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { AppStatus } from './app-status';

const frame = xcss({ padding: 'space.300', backgroundColor: 'elevation.surface', minHeight: '100%' });
const compactFrame = xcss({ padding: 'space.150', backgroundColor: 'elevation.surface' });

interface PageFrameProps {
  title: string;
  /** Lozenges or buttons beside the title. */
  actions?: ReactNode;
  /** Gadgets and issue panels are small: less padding, smaller heading. */
  compact?: boolean;
  children: ReactNode;
}

/** The common shell of every page: heading, content, and the `app.info` status line. */
export function PageFrame({ title, actions, compact = false, children }: PageFrameProps) {
  return (
    <Box xcss={compact ? compactFrame : frame}>
      <Stack space={compact ? 'space.150' : 'space.300'}>
        <Inline space="space.150" alignBlock="center" spread="space-between" shouldWrap>
          <Heading size={compact ? 'small' : 'large'} as="h1">
            {title}
          </Heading>
          {actions}
        </Inline>
        {children}
        <AppStatus />
      </Stack>
    </Box>
  );
}
