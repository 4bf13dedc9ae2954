import { Suspense, useEffect, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { Box, Text, xcss } from '@atlaskit/primitives';
import type { HostBridge, HostContext } from './bridge/host-bridge';
import { HostContextProvider } from './host/host-context';
import { PageSkeleton } from './components/placeholder';
import { pageForContext } from './routing/page-for-context';
import { LAZY_PAGES } from './routing/lazy-pages';

const unknownFrame = xcss({ padding: 'space.300' });

/** Renders the page for the module Jira (or the harness) opened, following sub-page route changes. */
export function App({ initial, bridge }: { initial: HostContext; bridge: Pick<HostBridge, 'watchRoute'> }) {
  const [ctx, setCtx] = useState(initial);
  useEffect(() => bridge.watchRoute((route) => setCtx((c) => ({ ...c, route }))), [bridge]);

  const page = pageForContext(ctx);
  if (page === null) {
    return (
      <Box xcss={unknownFrame}>
        <SectionMessage appearance="warning" title="Unknown SquadFlow module" testId="unknown-module">
          <Text as="p">
            This resource was opened for module “{ctx.moduleKey}”, which this version of SquadFlow does not declare. Check that
            manifest.yml and the deployed UI come from the same build.
          </Text>
        </SectionMessage>
      </Box>
    );
  }
  const Page = LAZY_PAGES[page];
  return (
    <HostContextProvider value={ctx}>
      <Suspense fallback={<PageSkeleton compact={page === 'gadget' || page === 'issue'} label="Loading SquadFlow" />}>
        <Page />
      </Suspense>
    </HostContextProvider>
  );
}
