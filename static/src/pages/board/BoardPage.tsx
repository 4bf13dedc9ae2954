import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives';
import { PageFrame } from '../../components/page-frame';
import { useHostContext } from '../../host/host-context';

/** The squad board (project page, route `board`): one column per stage across the squad's projects. */
export default function BoardPage() {
  const { projectKey, squadId } = useHostContext();
  return (
    <PageFrame
      title="Squad board"
      actions={
        <Inline space="space.100">
          {projectKey && <Lozenge appearance="new">Project {projectKey}</Lozenge>}
          {squadId && <Lozenge appearance="inprogress">Squad {squadId}</Lozenge>}
        </Inline>
      }
    >
      <EmptyState
        header="The board is on its way"
        headingLevel={2}
        description="Each stage of your squad (Idea, Prototype, Pilot, Live) becomes a column, holding work from every project the squad spans, marketing and IT side by side."
        testId="board-empty"
      />
    </PageFrame>
  );
}
