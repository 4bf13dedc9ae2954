import { useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { squadIdFromName, type FieldIssue } from '../../../../../src/contract';
import { invoke } from '../../../api/invoke';
import { InvokeError } from '../../../api/invoke-error';
import { PageFrame } from '../../../components/page-frame';
import { StepBar } from './step-bar';
import { STEPS, stepIndex, stepOfPath, type StepId } from './steps';
import { toFieldErrors, validateDraft } from './field-errors';
import { withProjects, type Draft } from './draft';
import { StepBasics } from './step-basics';
import { StepStages } from './step-stages';
import { StepMapping } from './step-mapping';
import { StepRules } from './step-rules';
import { StepReview } from './step-review';

export interface SquadEditorProps {
  /** Revision being edited; null creates a new squad. */
  revision: number | null;
  initial: Draft;
  projectNames: Readonly<Record<string, string>>;
  /** Where to open: the first step, or the review for an imported config. */
  startAt?: StepId;
  onClose: (changed: boolean) => void;
}

/**
 * Create or edit a squad in five steps. The draft is the whole config, checked in the browser with
 * the shared schema as you leave each step, and by the resolvers (against Jira) on preview and
 * save; every problem shows beside its field and as a count on its step.
 */
export function SquadEditor({ revision, initial, projectNames, startAt = 'basics', onClose }: SquadEditorProps) {
  const isNew = revision === null;
  const [draft, setDraft] = useState(initial);
  const [step, setStep] = useState<StepId>(startAt);
  const [checked, setChecked] = useState<ReadonlySet<StepId>>(new Set(startAt === 'basics' ? [] : STEPS.map((s) => s.id)));
  const [furthest, setFurthest] = useState(isNew && startAt === 'basics' ? 0 : STEPS.length - 1);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [idTouched, setIdTouched] = useState(!isNew || initial.id !== '');
  const [names, setNames] = useState<Readonly<Record<string, string>>>(projectNames);
  const [saved, setSaved] = useState(false);
  const [checkingId, setCheckingId] = useState(false);

  const clientIssues = useMemo(() => validateDraft(draft), [draft]);
  const shown = useMemo(() => [...serverIssues, ...clientIssues.filter((i) => checked.has(stepOfPath(i.path)))], [serverIssues, clientIssues, checked]);
  const errors = useMemo(() => toFieldErrors(shown), [shown]);
  const problems: Partial<Record<StepId, number>> = {};
  for (const i of shown) problems[stepOfPath(i.path)] = (problems[stepOfPath(i.path)] ?? 0) + 1;

  const change = (next: Draft): void => {
    setDraft(next);
    setServerIssues([]);
  };
  const open = (id: StepId): void => {
    setStep(id);
    setFurthest((f) => Math.max(f, stepIndex(id)));
  };
  const next = async (): Promise<void> => {
    setChecked((c) => new Set([...c, step]));
    if (clientIssues.some((i) => stepOfPath(i.path) === step)) return;
    if (step === 'basics' && isNew && (await idTaken(draft.id))) return;
    const following = STEPS[stepIndex(step) + 1];
    if (following) open(following.id);
  };
  /**
   * A new squad's ID is checked on the first step, not at Save. `squads.list` holds only squads
   * this user may read (any other looks like a free ID), so nothing leaks here.
   */
  const idTaken = async (id: string): Promise<boolean> => {
    setCheckingId(true);
    try {
      const { squads } = await invoke('squads.list', {});
      const other = squads.find((sq) => sq.id === id);
      if (other === undefined) return false;
      setServerIssues([{ path: 'id', message: `The squad “${other.name}” already uses the ID ${id}: pick another ID` }]);
      return true;
    } catch (err) {
      // The save checks again, with the same rules; a failed look-up must not block the editor.
      if (!(err instanceof InvokeError)) throw err;
      return false;
    } finally {
      setCheckingId(false);
    }
  };
  const fieldErrorsFromServer = (fields: FieldIssue[]): void => {
    setServerIssues(fields);
    setChecked(new Set(STEPS.map((s) => s.id)));
  };
  const reachable = new Set(STEPS.filter((_, i) => i <= furthest).map((s) => s.id));

  return (
    <PageFrame
      title={saved ? `Squad “${draft.name}”` : isNew ? 'Create a squad' : `Edit squad: ${initial.name}`}
      actions={
        <Button appearance="subtle" onClick={() => onClose(saved)} testId="editor-close">
          {saved ? 'Close' : 'Cancel'}
        </Button>
      }
    >
      {!saved && <StepBar current={step} problems={problems} reachable={reachable} onOpen={open} />}
      <Stack space="space.200" testId={`editor-step-${step}`}>
        {step === 'basics' && (
          <StepBasics
            draft={draft}
            isNew={isNew}
            projectNames={names}
            errors={errors}
            onName={(name) => change({ ...draft, name, id: idTouched ? draft.id : squadIdFromName(name) })}
            onId={(id) => {
              setIdTouched(true);
              change({ ...draft, id });
            }}
            onProjects={(projects) => {
              setNames((n) => ({ ...n, ...Object.fromEntries(projects.map((p) => [p.key, p.name])) }));
              change(withProjects(draft, projects));
            }}
          />
        )}
        {step === 'stages' && <StepStages draft={draft} errors={errors} onChange={change} />}
        {step === 'mapping' && <StepMapping draft={draft} errors={errors} onChange={change} onLoaded={(ps) => setNames((n) => ({ ...n, ...Object.fromEntries(ps.map((p) => [p.key, p.name])) }))} />}
        {step === 'rules' && <StepRules draft={draft} projectNames={names} errors={errors} onChange={change} />}
        {step === 'review' && (
          <StepReview
            draft={draft}
            expectedRevision={revision}
            onFieldErrors={fieldErrorsFromServer}
            onSaved={() => setSaved(true)}
            onDone={() => onClose(true)}
            onBack={() => open(STEPS[stepIndex('review') - 1]?.id ?? 'rules')}
          />
        )}
      </Stack>
      {step !== 'review' && (
        <Inline space="space.100">
          <Button onClick={() => open(STEPS[Math.max(0, stepIndex(step) - 1)]?.id ?? 'basics')} isDisabled={step === 'basics'} testId="editor-back">
            Back
          </Button>
          <Button appearance="primary" onClick={() => void next()} isLoading={checkingId} testId="editor-next">
            Next
          </Button>
        </Inline>
      )}
    </PageFrame>
  );
}
