import Textfield from '@atlaskit/textfield';
import { Box, Text, xcss } from '@atlaskit/primitives';
import { customRangeProblem } from './control-problems';
import { LabelledControl } from './labelled-control';
import { fmtDay } from './format-figures';
import { useDraft } from './use-draft';

const problemRow = xcss({ flexBasis: '100%' });
const PROBLEM_ID = 'metrics-range-problem';

interface CustomRangeFieldsProps {
  from: string;
  to: string;
  onApply: (from: string, to: string) => void;
}

function DateField({ id, label, value, invalid, onChange }: { id: string; label: string; value: string; invalid: boolean; onChange: (v: string) => void }) {
  return (
    <LabelledControl id={id} label={label}>
      <Textfield id={id} type="date" isCompact value={value} isInvalid={invalid} aria-describedby={invalid ? PROBLEM_ID : undefined} onChange={(e) => onChange(e.currentTarget.value)} />
    </LabelledControl>
  );
}

/**
 * The custom range's From and To days. What is typed is kept here until it makes a range, which is
 * then applied at once; until then a sentence says what is wrong and the figures keep the last
 * range applied. A range applied from elsewhere (the URL, back and forward) replaces the draft.
 */
export function CustomRangeFields({ from, to, onApply }: CustomRangeFieldsProps) {
  const [draft, setDraft] = useDraft({ from, to });
  const problem = customRangeProblem(draft.from, draft.to);
  const change = (next: { from: string; to: string }): void => {
    setDraft(next);
    if (customRangeProblem(next.from, next.to) === null && (next.from !== from || next.to !== to)) onApply(next.from, next.to);
  };
  return (
    <>
      <DateField id="metrics-start" label="From" value={draft.from} invalid={problem !== null} onChange={(v) => change({ ...draft, from: v })} />
      <DateField id="metrics-end" label="To" value={draft.to} invalid={problem !== null} onChange={(v) => change({ ...draft, to: v })} />
      {problem !== null && (
        <Box id={PROBLEM_ID} role="alert" xcss={problemRow} testId="metrics-range-problem">
          <Text color="color.text.danger">{problem} The figures still show {fmtDay(from)} – {fmtDay(to)}.</Text>
        </Box>
      )}
    </>
  );
}
