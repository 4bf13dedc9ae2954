import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';

/**
 * A page's `?squad=` names no squad the viewer can see. The same words whether the squad does not
 * exist or lies in projects the viewer cannot browse, so the page reveals nothing; `picker` (the
 * page's own squad picker, when it has squads to offer) lets them go on.
 */
export function SquadMissingMessage({ wanted, testId, picker }: { wanted: string; testId: string; picker: ReactNode }) {
  return (
    <SectionMessage appearance="warning" title={`There is no squad “${wanted}” that you can see`} testId={testId}>
      <Stack space="space.100">
        <Text as="p">The link may be old, the squad may have been deleted, or it may belong to projects you cannot browse.</Text>
        {picker}
      </Stack>
    </SectionMessage>
  );
}
