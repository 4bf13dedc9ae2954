import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import type { BoardTransitionOptionDto } from '../../../../src/contract/board';

export type BoardDialog =
  | { kind: 'choose'; issueKey: string; stage: string; options: BoardTransitionOptionDto[] }
  | { kind: 'screen'; issueKey: string; stage: string; message: string }
  | { kind: 'shortcuts' }
  | null;

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['j / k', 'Next / previous card in the column'],
  ['n / p', 'Next / previous column'],
  ['Enter', 'Open the issue'],
  ['m or Shift+F10', 'More actions for the card (Move to stage, quick win)'],
  ['Space or x', 'Select the card for bulk tagging'],
  ['Escape', 'Close a menu or dialog'],
  ['?', 'This list'],
];

/** The board's dialogs: which status when several fit, a transition with a screen, the shortcut list. */
export function BoardDialogs(p: { dialog: BoardDialog; onClose: () => void; onChoose: (issueKey: string, stage: string, transitionId: string) => void; onOpenIssue: (issueKey: string) => void }) {
  const d = p.dialog;
  return (
    <ModalTransition>
      {d?.kind === 'choose' && (
        <Modal onClose={p.onClose} testId="choose-status">
          <ModalHeader>
            <ModalTitle>Which status in {d.stage}?</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <Stack space="space.100">
              <Text as="p">
                Several statuses of {d.issueKey}&apos;s workflow belong to {d.stage}. Pick the one to move it to.
              </Text>
              {d.options.map((o) => (
                <Button key={o.transitionId} onClick={() => p.onChoose(d.issueKey, d.stage, o.transitionId)} shouldFitContainer>
                  {o.statusName}
                </Button>
              ))}
            </Stack>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={p.onClose}>
              Cancel
            </Button>
          </ModalFooter>
        </Modal>
      )}
      {d?.kind === 'screen' && (
        <Modal onClose={p.onClose} testId="transition-screen">
          <ModalHeader>
            <ModalTitle>Finish the move in Jira</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <Text as="p">{d.message}</Text>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={p.onClose}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={() => p.onOpenIssue(d.issueKey)}>
              Open {d.issueKey}
            </Button>
          </ModalFooter>
        </Modal>
      )}
      {d?.kind === 'shortcuts' && (
        <Modal onClose={p.onClose} testId="board-shortcuts">
          <ModalHeader>
            <ModalTitle>Keyboard shortcuts</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <table>
              <tbody>
                {SHORTCUTS.map(([keys, what]) => (
                  <tr key={keys}>
                    <th scope="row" style={{ textAlign: 'left', paddingRight: 16, whiteSpace: 'nowrap' }}>
                      <kbd>{keys}</kbd>
                    </th>
                    <td>{what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ModalBody>
          <ModalFooter>
            <Button appearance="primary" onClick={p.onClose}>
              Close
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </ModalTransition>
  );
}
