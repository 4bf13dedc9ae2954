import Checkbox from '@atlaskit/checkbox';
import { Box, Inline } from '@atlaskit/primitives';
import { PERCENTILE_LINES } from './panel-controls';

/**
 * Which percentile lines the lead-time charts draw; disabled (and said so) under the low-sample
 * flag. A named group, so a screen reader says "Percentile lines, 85%" rather than a bare "85%".
 */
export function PercentileSwitches({ shown, onChange, disabled }: { shown: number[]; onChange: (lines: number[]) => void; disabled: boolean }) {
  return (
    <Box role="group" aria-label="Percentile lines drawn">
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
    </Box>
  );
}
