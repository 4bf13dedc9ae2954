import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { SquadConfig, SquadSummaryDto, SquadValidationDto } from '../../../../src/contract';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { ErrorBanner } from '../../components/error-banner';
import { FormField } from './editor/form-field';

const area = xcss({ width: '100%' });
const MAX_CHARS = 200_000;
/** Atlaskit has no text area here: a native one, styled with tokens so both themes read well. */
const textareaStyle = {
  width: '100%',
  boxSizing: 'border-box',
  fontFamily: token('font.family.code'),
  fontSize: '12px',
  padding: token('space.100'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
} as const;

/**
 * Reads a squad config file (JSON or YAML, as exported or as the CLI takes it), has the resolver
 * check it against the schema, its migrations and Jira's statuses, and hands the result to the
 * editor for a last look before saving.
 */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (config: SquadConfig, replacesRevision: number | null, copy: boolean) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<InvokeError | null>(null);
  const [checked, setChecked] = useState<SquadValidationDto | null>(null);
  /** The squad the import would replace: only a squad this user may read is ever named. */
  const [existing, setExisting] = useState<SquadSummaryDto | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const check = async (content: string): Promise<void> => {
    setBusy(true);
    setError(null);
    setChecked(null);
    setExisting(null);
    try {
      const valid = await invoke('squads.validate', { text: content });
      // squads.list holds only squads this user may read: nobody learns of another's squad here.
      const { squads } = await invoke('squads.list', {});
      setExisting(squads.find((sq) => sq.id === valid.config.id) ?? null);
      setChecked(valid);
    } catch (err) {
      setError(err instanceof InvokeError ? err : new InvokeError('squads.validate', { code: 'INTERNAL', message: String(err) }));
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    const content = await file.text();
    setText(content);
    await check(content);
  };

  return (
    <Modal onClose={onClose} width="large" testId="import-dialog">
      <ModalHeader hasCloseButton>
        <ModalTitle>Import a squad configuration</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.150">
          <Text as="p">Choose a file exported from SquadFlow (or written for the CLI), or paste its content. It is checked before anything is saved.</Text>
          <Box>
            <input ref={fileInput} type="file" accept=".json,.yaml,.yml,application/json" hidden onChange={(e) => void readFile(e.currentTarget.files?.[0])} data-testid="import-file" />
            <Button onClick={() => fileInput.current?.click()}>Choose file…</Button>
          </Box>
          <FormField id="import-text" label="Configuration (JSON or YAML)">
            <Box xcss={area}>
              <textarea id="import-text" rows={10} maxLength={MAX_CHARS} value={text} onChange={(e) => setText(e.currentTarget.value)} style={textareaStyle} data-testid="import-text" />
            </Box>
          </FormField>
          {error !== null && <ErrorBanner error={error} />}
          {checked !== null && existing !== null && (
            <SectionMessage appearance="warning" title={`This replaces the squad “${existing.name}” (revision ${existing.revision})`} testId="import-replaces">
              <Text as="p">
                A squad with the ID {existing.id} exists. Replace it with this file, or import the file as a copy with a new name and ID.
              </Text>
            </SectionMessage>
          )}
          {checked !== null && (
            <SectionMessage appearance={Object.keys(checked.unmapped).length > 0 ? 'warning' : 'success'} title={`“${checked.config.name}” (${checked.config.id}) is valid`} testId="import-ok">
              <Text as="p">
                Projects {checked.config.projects.join(', ')}; stages {checked.config.stages.map((s) => s.name).join(' → ')}.
                {Object.keys(checked.unmapped).length > 0 && ` Unmapped statuses in ${Object.keys(checked.unmapped).join(', ')}.`}
              </Text>
            </SectionMessage>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void check(text)} isDisabled={text.trim() === ''} isLoading={busy} testId="import-check">
          Check
        </Button>
        {checked !== null && existing !== null && (
          <Button onClick={() => onImported(asCopy(checked.config), null, true)} testId="import-copy">
            Import as a copy
          </Button>
        )}
        <Button appearance="primary" isDisabled={checked === null} onClick={() => checked && onImported(checked.config, existing?.revision ?? null, false)} testId="import-continue">
          {existing !== null ? `Replace “${existing.name}”` : 'Review and save'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}

/** The imported config under a new ID and name; the editor then opens on its first step to check them. */
function asCopy(config: SquadConfig): SquadConfig {
  const id = `${config.id.slice(0, 58)}-copy`;
  return { ...config, id, name: `${config.name.slice(0, 73)} (copy)` };
}
