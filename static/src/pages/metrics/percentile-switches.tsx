import Checkbox from '@atlaskit/checkbox';
import { Inline } from '@atlaskit/primitives';
import { PERCENTILE_LINES } from './panel-controls';

/** Which percentile lines the lead-time charts draw; disabled (and said so) under the low-sample flag. */
export function PercentileSwitches({ shown, onChange, disabled }: { shown: number[]; onChange: (lines: number[]) => void; disabled: boolean }) {
  return (
    <Inline space="space.050" alignBlock="center" testId="percentile-switches">
      {PERCENTILE_LINES.map((p) => (
        <Checkbox
          key={p}
          label={`${p}%`}
          isChecked={shown.includes(p)}
          isDisabled={disabled}
          onChange={(e) => onChange(e.currentTarget.checked ? PERCENTILE_LINES.filter((x) => x === p || shown.includes(x)) : shown.filter((x) => x !== p))}
        />
      ))}
    </Inline>
  );
}
