import { useState } from 'react';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { SquadConfig, SquadSummaryDto } from '../../../../src/contract';
import { useResource } from '../../api/use-resource';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';
import { PageFrame } from '../../components/page-frame';
import { SquadTable, type SquadAction } from './squad-table';
import { DuplicateDialog } from './duplicate-dialog';
import { DeleteDialog } from './delete-dialog';
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';

interface Props {
  /** On a project's settings page: the project whose squads are listed. */
  projectKey?: string | undefined;
  onCreate: () => void;
  onEdit: (squadId: string) => void;
  /** An imported config, with the revision of the squad it replaces (null: a new squad or a copy). */
  onImported: (config: SquadConfig, existingRevision: number | null, copy: boolean) => void;
}

type Dialog = { kind: Exclude<SquadAction, 'edit'>; squad: SquadSummaryDto } | { kind: 'import' } | null;

/** The squads the user can see, with create, import and per-squad actions. */
export function SquadList({ projectKey, onCreate, onEdit, onImported }: Props) {
  const list = useResource('squads.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const closeDialog = (changed: boolean): void => {
    setDialog(null);
    if (changed) list.reload();
  };

  // Only Jira admins and project admins can save a squad: others meet the reason, not a 403 at the end.
  // The admin pages always get `access` (only project pages and gadgets list without it).
  const access = list.status === 'ready' ? list.data.access : null;
  const mayCreate = access !== null && (access.isJiraAdmin || access.administersSomeProject);
  const why = list.status === 'ready' && !mayCreate;
  const actions = (
    <Inline space="space.100" alignBlock="center">
      <Button onClick={() => setDialog({ kind: 'import' })} isDisabled={!mayCreate} testId="import-squad" aria-describedby={why ? 'create-disabled-reason' : undefined}>
        Import
      </Button>
      <Button appearance="primary" onClick={onCreate} isDisabled={!mayCreate} testId="create-squad" aria-describedby={why ? 'create-disabled-reason' : undefined}>
        Create squad
      </Button>
    </Inline>
  );
  return (
    <PageFrame title="SquadFlow squads" actions={actions}>
      {list.status === 'loading' && <Loading label="Loading squads…" />}
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <Stack space="space.200">
          {projectKey !== undefined && (
            <Text as="p" testId="project-scope-note">
              The squads of {projectKey} whose projects you all administer. A squad that also spans projects you do not administer is managed by a Jira admin on the SquadFlow admin page.
            </Text>
          )}
          {!mayCreate && (
            <SectionMessage appearance="information" title="You can look, not change" testId="not-admin-note">
              <Text as="p" id="create-disabled-reason">
                {projectKey === undefined
                  ? 'Create and Import are off for you: only Jira admins, and admins of every project of a squad, can save squads, and you administer no project. Ask a Jira admin to set a squad up, or to make you an admin of its projects.'
                  : `Create and Import are off for you: only Jira admins and admins of ${projectKey} can save its squads here.`}
              </Text>
            </SectionMessage>
          )}
          {list.data.squads.length === 0 ? (
            <EmptyState
              header={projectKey === undefined ? 'No squads yet' : `No squads of ${projectKey} for you to manage`}
              headingLevel={2}
              description="A squad spans one or more Jira projects and maps their statuses to shared stages, e.g. Idea → Prototype → Pilot → Live."
              testId="admin-empty"
            />
          ) : (
            <SquadTable squads={list.data.squads} onAction={(kind, squad) => (kind === 'edit' ? onEdit(squad.id) : setDialog({ kind, squad }))} />
          )}
        </Stack>
      )}
      {dialog?.kind === 'duplicate' && <DuplicateDialog squad={dialog.squad} onClose={closeDialog} />}
      {dialog?.kind === 'delete' && <DeleteDialog squad={dialog.squad} onClose={closeDialog} />}
      {dialog?.kind === 'export' && <ExportDialog squad={dialog.squad} onClose={() => closeDialog(false)} />}
      {dialog?.kind === 'import' && (
        <ImportDialog
          onClose={() => closeDialog(false)}
          onImported={(config, replacesRevision, copy) => {
            setDialog(null);
            onImported(config, replacesRevision, copy);
          }}
        />
      )}
    </PageFrame>
  );
}
