import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { PageFrame } from '../../components/page-frame';
import { useHostContext } from '../../host/host-context';

/** The issue panel: where this item is in its squad's flow and how long each stage took. */
export default function IssuePanelPage() {
  const { issueKey } = useHostContext();
  return (
    <PageFrame title="SquadFlow" compact actions={issueKey && <Lozenge appearance="new">{issueKey}</Lozenge>}>
      <EmptyState
        header="Stage timeline"
        headingLevel={2}
        headingSize="xsmall"
        description={`When ${issueKey ?? 'this issue'} entered each stage of its squad, time spent in each, and whether it is a quick win.`}
        testId="issue-empty"
      />
    </PageFrame>
  );
}
