import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { PageFrame } from '../../components/page-frame';
import { useHostContext } from '../../host/host-context';

/** Speed metrics (project page, route `metrics`): the headline idea-to-pilot lead time and friends. */
export default function MetricsPage() {
  const { projectKey } = useHostContext();
  return (
    <PageFrame title="Speed metrics" actions={projectKey && <Lozenge appearance="new">Project {projectKey}</Lozenge>}>
      <EmptyState
        header="Idea-to-pilot lead time"
        headingLevel={2}
        description="How long ideas take to reach a pilot, with percentiles, throughput, work in progress and forecasts, once your squad's history is synced."
        testId="metrics-empty"
      />
    </PageFrame>
  );
}
