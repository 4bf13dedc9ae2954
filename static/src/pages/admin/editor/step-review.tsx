import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { FieldIssue, SquadSavedDto, SquadValidationDto } from '../../../../../src/contract';
import type { SyncPhase, SyncStatusDto } from '../../../../../src/contract/sync';
import { invoke } from '../../../api/invoke';
import { InvokeError } from '../../../api/invoke-error';
import { ErrorBanner } from '../../../components/error-banner';
import { Loading } from '../../../components/loading';
import { SyncProgress } from '../sync-progress';
import { PreviewTable } from './preview-table';
import { toInput, type Draft } from './draft';

interface Props {
  draft: Draft;
  expectedRevision: number | null;
  onFieldErrors: (fields: FieldIssue[]) => void;
  onSaved: (saved: SquadSavedDto) => void;
  onDone: () => void;
  onBack: () => void;
}

const asInvokeError = (key: string, err: unknown): InvokeError =>
  err instanceof InvokeError ? err : new InvokeError(key, { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) });

/**
 * Checks the draft against Jira (`squads.validate`: the same checks as saving) and shows where
 * today's issues would stand; then saves, and follows the backfill the save started.
 */
export function StepReview({ draft, expectedRevision, onFieldErrors, onSaved, onDone, onBack }: Props) {
  const [check, setCheck] = useState<{ status: 'loading' } | { status: 'ok'; data: SquadValidationDto } | { status: 'error'; error: InvokeError }>({ status: 'loading' });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<InvokeError | null>(null);
  const [saved, setSaved] = useState<SquadSavedDto | null>(null);
  const [phase, setPhase] = useState<SyncPhase | null>(null);
  const onStatus = useCallback((s: SyncStatusDto) => setPhase(s.phase), []);

  useEffect(() => {
    let live = true;
    invoke('squads.validate', { config: toInput(draft) }).then(
      (data) => live && setCheck({ status: 'ok', data }),
      (err: unknown) => {
        if (!live) return;
        const error = asInvokeError('squads.validate', err);
        if (error.fields.length > 0) onFieldErrors(error.fields);
        setCheck({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
    // Checked once per visit: the draft cannot change while this step is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (): Promise<void> => {
    setSaving(true);
    setSaveError(null);
    try {
      const result = await invoke('squads.save', { config: toInput(draft), expectedRevision });
      setSaved(result);
      onSaved(result);
    } catch (err) {
      const error = asInvokeError('squads.save', err);
      if (error.fields.length > 0) onFieldErrors(error.fields);
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  if (saved !== null) {
    return (
      <Stack space="space.200">
        <SectionMessage appearance={(phase ?? saved.sync?.phase) === 'failed' ? 'warning' : 'success'} title={`Saved “${saved.config.name}”`} testId="saved-message">
          <Text as="p">
            Revision {saved.revision}. {savedSentence(phase ?? saved.sync?.phase ?? null)}
          </Text>
        </SectionMessage>
        <SyncProgress squadId={saved.config.id} initial={saved.sync} onStatus={onStatus} />
        <Inline>
          <Button appearance="primary" onClick={onDone} testId="back-to-list">
            Back to squads
          </Button>
        </Inline>
      </Stack>
    );
  }
  if (check.status === 'loading') return <Loading label="Checking the configuration against Jira…" />;
  return (
    <Stack space="space.200">
      <Text as="p" testId="review-summary">
        <Text weight="bold">{draft.name}</Text> ({draft.id}) spans {draft.projects.join(' and ')}; {draft.stages.length} stages from {draft.stages[0]?.name} to{' '}
        {draft.stages[draft.stages.length - 1]?.name}; headline lead time {draft.leadTime.from} → {draft.leadTime.to}.
      </Text>
      {check.status === 'error' && <ErrorBanner error={check.error} />}
      {check.status === 'ok' && (
        <>
          <PreviewTable preview={check.data.preview} stages={draft.stages} />
          {overLimit(draft, check.data).length > 0 && (
            <SectionMessage appearance="warning" title="Some stages already hold more than their WIP limit" testId="review-over-limit">
              {overLimit(draft, check.data).map((o) => (
                <Text as="p" key={o.stage}>
                  {o.stage} holds {o.count} items today, above its WIP limit of {o.limit}: its board column will show as over the limit from the start.
                </Text>
              ))}
            </SectionMessage>
          )}
          {Object.keys(check.data.unmapped).length > 0 && (
            <SectionMessage appearance="warning" title="Unmapped statuses" testId="review-unmapped">
              {Object.entries(check.data.unmapped).map(([project, list]) => (
                <Text as="p" key={project}>
                  {project}: {list.map((s) => `${s.name} (${s.statusId}${s.issueCount === null ? '' : `, ${s.issueCount} issues`})`).join(', ')}
                </Text>
              ))}
            </SectionMessage>
          )}
        </>
      )}
      {saveError !== null && <ErrorBanner error={saveError} />}
      <Inline space="space.100">
        <Button onClick={onBack} isDisabled={saving} testId="editor-back">
          Back
        </Button>
        <Button appearance="primary" onClick={() => void save()} isLoading={saving} isDisabled={check.status !== 'ok'} testId="save-squad">
          {expectedRevision === null ? 'Create squad' : 'Save changes'}
        </Button>
      </Inline>
    </Stack>
  );
}

/** What the saved banner says, from the sync status the progress below shows (never an older one). */
function savedSentence(phase: SyncPhase | null): string {
  switch (phase) {
    case 'ready':
      return 'The issue history is up to date; boards and metrics show it now.';
    case 'failed':
      return 'Loading the issue history stopped; see below. The configuration is saved.';
    case 'paused':
      return 'Jira asked SquadFlow to slow down; the issue history continues loading when it allows.';
    default:
      return 'SquadFlow is loading the projects’ issue history; boards and metrics fill in as it goes.';
  }
}

/** Stages whose issues today already exceed their WIP limit (from the preview's counts). */
function overLimit(draft: Draft, checked: SquadValidationDto): Array<{ stage: string; count: number; limit: number }> {
  return draft.stages.flatMap((s) => {
    const count = checked.preview.stages.find((p) => p.name === s.name)?.issueCount ?? 0;
    return s.wipLimit !== undefined && count > s.wipLimit ? [{ stage: s.name, count, limit: s.wipLimit }] : [];
  });
}
