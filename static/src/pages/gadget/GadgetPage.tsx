import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { PageFrame } from '../../components/page-frame';
import { useHostContext } from '../../host/host-context';

/** The portfolio dashboard gadget's view: every squad at a glance. */
export default function GadgetPage() {
  const { gadgetConfig } = useHostContext();
  const title = typeof gadgetConfig?.['title'] === 'string' && gadgetConfig['title'] !== '' ? gadgetConfig['title'] : 'SquadFlow portfolio';
  const refresh = gadgetConfig?.['refresh'];
  return (
    <PageFrame
      title={title}
      compact
      actions={gadgetConfig ? <Lozenge appearance="success">Configured</Lozenge> : <Lozenge>Not configured</Lozenge>}
    >
      {gadgetConfig ? (
        <Text as="p" color="color.text.subtle">
          {typeof refresh === 'number' ? `Refreshes every ${refresh} minutes.` : 'Refreshes when you reload the dashboard.'}
        </Text>
      ) : (
        <EmptyState
          header="Pick the squads to show"
          headingLevel={2}
          headingSize="xsmall"
          description="Open this gadget's configuration from its menu to choose a title and the squads it rolls up."
          testId="gadget-empty"
        />
      )}
    </PageFrame>
  );
}
