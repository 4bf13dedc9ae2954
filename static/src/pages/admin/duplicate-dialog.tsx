import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import Textfield from '@atlaskit/textfield';
import { squadIdFromName, type SquadSummaryDto } from '../../../../src/contract';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { ErrorBanner } from '../../components/error-banner';
import { FormField } from './editor/form-field';

/** Copies a squad under a new name and ID (same projects, stages and mapping); the copy backfills. */
export function DuplicateDialog({ squad, onClose }: { squad: SquadSummaryDto; onClose: (changed: boolean) => void }) {
  const [name, setName] = useState(`${squad.name} (copy)`);
  const [id, setId] = useState(squadIdFromName(`${squad.id}-copy`));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<InvokeError | null>(null);
  const field = (path: string): string | undefined => error?.fields.find((f) => f.path === path)?.message;
  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await invoke('squads.duplicate', { squadId: squad.id, newId: id, newName: name });
      onClose(true);
    } catch (err) {
      setError(err instanceof InvokeError ? err : new InvokeError('squads.duplicate', { code: 'INTERNAL', message: String(err) }));
      setBusy(false);
    }
  };
  return (
    <Modal onClose={() => onClose(false)} testId="duplicate-dialog">
      <ModalHeader hasCloseButton>
        <ModalTitle>Duplicate “{squad.name}”</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {error !== null && error.fields.length === 0 && <ErrorBanner error={error} />}
        <FormField id="duplicate-name" label="New name" isRequired error={field('newName') ?? field('name')}>
          <Textfield id="duplicate-name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        </FormField>
        <FormField id="duplicate-id" label="New ID" isRequired error={field('newId') ?? field('id')}>
          <Textfield id="duplicate-id" value={id} onChange={(e) => setId(e.currentTarget.value)} />
        </FormField>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={() => onClose(false)}>
          Cancel
        </Button>
        <Button appearance="primary" isLoading={busy} onClick={() => void submit()} testId="duplicate-confirm">
          Duplicate
        </Button>
      </ModalFooter>
    </Modal>
  );
}
