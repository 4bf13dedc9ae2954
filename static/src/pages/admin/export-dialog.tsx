import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SquadExportDto, SquadSummaryDto } from '../../../../src/contract';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';

const inlineCode = xcss({ font: 'font.code', backgroundColor: 'color.background.neutral', borderRadius: 'radius.small', paddingInline: 'space.050', color: 'color.text' });
const code = xcss({
  font: 'font.code',
  maxHeight: '50vh',
  overflow: 'auto',
  padding: 'space.150',
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.small',
  color: 'color.text',
});

/** The squad's config as the JSON file the CLI and Import take: download it or copy it. */
export function ExportDialog({ squad, onClose }: { squad: SquadSummaryDto; onClose: () => void }) {
  const [file, setFile] = useState<SquadExportDto | null>(null);
  const [error, setError] = useState<InvokeError | null>(null);
  useEffect(() => {
    invoke('squads.export', { squadId: squad.id }).then(setFile, (err: unknown) =>
      setError(err instanceof InvokeError ? err : new InvokeError('squads.export', { code: 'INTERNAL', message: String(err) })),
    );
  }, [squad.id]);
  const download = (): void => {
    if (file === null) return;
    const url = URL.createObjectURL(new Blob([file.json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Modal onClose={onClose} width="large" testId="export-dialog">
      <ModalHeader hasCloseButton>
        <ModalTitle>Export “{squad.name}”</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {error !== null && <ErrorBanner error={error} />}
        {file === null && error === null && <Loading label="Reading the configuration…" />}
        {file !== null && (
          <Stack space="space.100">
            <Text as="p" testId="export-usage">
              Use it with <Box as="span" xcss={inlineCode}>npx squadflow metrics --config {file.fileName}</Box>, or import it here into another site.
            </Text>
            <Box as="pre" xcss={code} testId="export-json">
              {file.json}
            </Box>
          </Stack>
        )}
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={() => void (file && navigator.clipboard.writeText(file.json))} isDisabled={file === null}>
          Copy
        </Button>
        <Button appearance="primary" onClick={download} isDisabled={file === null} testId="export-download">
          Download {file?.fileName ?? ''}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
