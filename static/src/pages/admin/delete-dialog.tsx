import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import type { SquadSummaryDto } from '../../../../src/contract';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { ErrorBanner } from '../../components/error-banner';

/** Deletes a squad and the history SquadFlow stored for it; Jira issues are not touched. */
export function DeleteDialog({ squad, onClose }: { squad: SquadSummaryDto; onClose: (changed: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<InvokeError | null>(null);
  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      await invoke('squads.delete', { squadId: squad.id, expectedRevision: squad.revision });
      onClose(true);
    } catch (err) {
      setError(err instanceof InvokeError ? err : new InvokeError('squads.delete', { code: 'INTERNAL', message: String(err) }));
      setBusy(false);
    }
  };
  return (
    <Modal onClose={() => onClose(false)} testId="delete-dialog">
      <ModalHeader hasCloseButton>
        <ModalTitle appearance="danger">Delete “{squad.name}”?</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.100">
          <Text as="p">The squad’s configuration and the issue history SquadFlow stored for it are removed. Jira issues are not changed.</Text>
          {error !== null && <ErrorBanner error={error} />}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={() => onClose(false)}>
          Cancel
        </Button>
        <Button appearance="danger" isLoading={busy} onClick={() => void submit()} testId="delete-confirm">
          Delete
        </Button>
      </ModalFooter>
    </Modal>
  );
}
