import Button from '@atlaskit/button/new';
import Badge from '@atlaskit/badge';
import { Inline } from '@atlaskit/primitives';
import { STEPS, type StepId } from './steps';

interface Props {
  current: StepId;
  /** Problems per step, shown as a red badge. */
  problems: Readonly<Partial<Record<StepId, number>>>;
  /** Steps that may be opened (the ones before the first step with problems, and that one). */
  reachable: ReadonlySet<StepId>;
  onOpen: (step: StepId) => void;
}

/** The steps of the flow as buttons: where you are, where problems are, and a way back. */
export function StepBar({ current, problems, reachable, onOpen }: Props) {
  return (
    <Inline space="space.050" shouldWrap testId="step-bar">
      {STEPS.map((s, i) => {
        const n = problems[s.id] ?? 0;
        return (
          <Button
            key={s.id}
            appearance={s.id === current ? 'primary' : 'subtle'}
            isDisabled={!reachable.has(s.id)}
            onClick={() => onOpen(s.id)}
            testId={`step-${s.id}`}
            aria-current={s.id === current ? 'step' : undefined}
            iconAfter={n > 0 ? () => <Badge appearance="important">{n}</Badge> : undefined}
          >
            {`${i + 1}. ${s.title}`}
          </Button>
        );
      })}
    </Inline>
  );
}
