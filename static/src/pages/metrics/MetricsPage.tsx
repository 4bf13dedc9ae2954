import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives';
import { PageFrame } from '../../components/page-frame';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';
import { useHostContext } from '../../host/host-context';
import { useResource } from '../../api/use-resource';
import { HeadlineLeadTime } from './headline-lead-time';
import { pickSquad } from './pick-squad';

/** Speed metrics (project page, route `metrics`): the headline idea-to-pilot lead time and friends. */
export default function MetricsPage() {
  const { projectKey, squadId } = useHostContext();
  const list = useResource('squads.list', {});
  const squad = list.status === 'ready' ? pickSquad(list.data.squads, squadId, projectKey) : null;
  return (
    <PageFrame
      title="Speed metrics"
      actions={
        <Inline space="space.100">
          {squad && <Lozenge appearance="inprogress">{squad.name}</Lozenge>}
          {projectKey && <Lozenge appearance="new">Project {projectKey}</Lozenge>}
        </Inline>
      }
    >
      {list.status === 'loading' && <Loading label="Loading squads…" />}
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && squad === null && (
        <EmptyState
          header="No squad covers this project yet"
          headingLevel={2}
          description="A Jira admin sets up squads (their projects, stages and status mapping) on the SquadFlow admin page; their metrics appear here."
          testId="metrics-empty"
        />
      )}
      {squad && <HeadlineLeadTime squadId={squad.id} />}
    </PageFrame>
  );
}
