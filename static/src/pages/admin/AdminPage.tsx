// PLACEHOLDER written by the UI-shell engineer so the router builds before the admin page exists.
// The config engineer owns static/src/pages/admin/** and replaces this file (default export kept).
import EmptyState from '@atlaskit/empty-state';
import { PageFrame } from '../../components/page-frame';

export default function AdminPage() {
  return (
    <PageFrame title="SquadFlow squads">
      <EmptyState
        header="No squads yet"
        headingLevel={2}
        description="Squads, their projects, stages and status mappings will be configured here."
        testId="admin-empty"
      />
    </PageFrame>
  );
}
