import Checkbox from '@atlaskit/checkbox';
import Select from '@atlaskit/select';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { DAY_UNITS } from '../../../../src/contract/panel-constants';
import type { DayUnit } from '../../../../src/contract/squad-config';
import { CustomRangeFields } from './custom-range-fields';
import { LabelledControl } from './labelled-control';
import { RANGE_PRESETS, windowOf, type PanelControls, type RangePreset } from './panel-controls';

interface Option<T> {
  value: T;
  label: string;
}

const UNIT_LABELS: Record<DayUnit, string> = {
  elapsed: 'Elapsed days',
  calendar: 'Calendar days',
  inclusive: 'Calendar days, both ends',
  business: 'Business days',
};

interface ControlsBarProps {
  controls: PanelControls;
  onChange: (next: PanelControls) => void;
  stageNames: readonly string[];
  squadLeadTime: { from: string; to: string };
  squadUnit: DayUnit | null;
  disciplines: readonly string[];
  issueTypes: readonly string[];
  /** Last day of the window shown (the server's today for a preset range). */
  lastDay: string;
}

type RangeValue = RangePreset | 'custom';

/** The panel's controls. Each change is applied at once (no submit button) and kept in the URL. */
export function ControlsBar({ controls: c, onChange, stageNames, squadLeadTime, squadUnit, disciplines, issueTypes, lastDay }: ControlsBarProps) {
  const rangeOptions: Option<RangeValue>[] = [...RANGE_PRESETS.map((d) => ({ value: d, label: `Last ${d} days` })), { value: 'custom', label: 'Custom range' }];
  const rangeValue: RangeValue = c.range.kind === 'custom' ? 'custom' : c.range.days;
  const win = windowOf(c.range, lastDay);
  const from = c.from ?? squadLeadTime.from;
  const to = c.to ?? squadLeadTime.to;
  const stageOption = (s: string): Option<string> => ({ value: s, label: s });
  const many = (values: readonly string[]): Option<string>[] => values.map((v) => ({ value: v, label: v }));
  return (
    <Stack space="space.150" testId="metrics-controls">
      <Inline space="space.200" shouldWrap alignBlock="end">
        <LabelledControl id="metrics-range" label="Date range">
          <Select<Option<RangeValue>, false>
            inputId="metrics-range"
            spacing="compact"
            options={rangeOptions}
            value={rangeOptions.find((o) => o.value === rangeValue) ?? null}
            onChange={(o) => {
              if (o === null) return;
              onChange({ ...c, range: o.value === 'custom' ? { kind: 'custom', from: win.from, to: win.to } : { kind: 'last', days: o.value } });
            }}
          />
        </LabelledControl>
        {c.range.kind === 'custom' && <CustomRangeFields from={c.range.from} to={c.range.to} onApply={(from, to) => onChange({ ...c, range: { kind: 'custom', from, to } })} />}
        <LabelledControl id="metrics-from" label="Lead time from">
          <Select<Option<string>, false>
            inputId="metrics-from"
            spacing="compact"
            options={stageNames.slice(0, -1).map(stageOption)}
            value={stageOption(from)}
            onChange={(o) => {
              if (o === null) return;
              const fromIx = stageNames.indexOf(o.value);
              const keepTo = stageNames.indexOf(to) > fromIx;
              onChange({ ...c, from: o.value === squadLeadTime.from ? null : o.value, to: keepTo ? c.to : (stageNames[fromIx + 1] ?? null) });
            }}
          />
        </LabelledControl>
        <LabelledControl id="metrics-to" label="to">
          <Select<Option<string>, false>
            inputId="metrics-to"
            spacing="compact"
            options={stageNames.filter((_, i) => i > stageNames.indexOf(from)).map(stageOption)}
            value={stageOption(to)}
            onChange={(o) => o && onChange({ ...c, to: o.value === squadLeadTime.to ? null : o.value })}
          />
        </LabelledControl>
        <LabelledControl id="metrics-unit" label="Day unit">
          <Select<Option<DayUnit>, false>
            inputId="metrics-unit"
            spacing="compact"
            options={DAY_UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
            value={{ value: c.unit ?? squadUnit ?? 'elapsed', label: UNIT_LABELS[c.unit ?? squadUnit ?? 'elapsed'] }}
            onChange={(o) => o && onChange({ ...c, unit: o.value === squadUnit ? null : o.value })}
          />
        </LabelledControl>
      </Inline>
      <Inline space="space.200" shouldWrap alignBlock="end">
        <LabelledControl id="metrics-discipline" label="Discipline">
          <Select<Option<string>, true>
            inputId="metrics-discipline"
            spacing="compact"
            isMulti
            placeholder="All disciplines"
            options={many(disciplines)}
            value={many(c.disciplines)}
            onChange={(v) => onChange({ ...c, disciplines: v.map((o) => o.value) })}
          />
        </LabelledControl>
        <LabelledControl id="metrics-type" label="Issue type">
          <Select<Option<string>, true>
            inputId="metrics-type"
            spacing="compact"
            isMulti
            placeholder="All issue types"
            options={many(issueTypes)}
            value={many(c.issueTypes)}
            onChange={(v) => onChange({ ...c, issueTypes: v.map((o) => o.value) })}
          />
        </LabelledControl>
        <Box paddingBlockEnd="space.050">
          <Checkbox
            label="Quick wins only"
            isChecked={c.quickWinsOnly}
            onChange={(e) => onChange({ ...c, quickWinsOnly: e.currentTarget.checked })}
            testId="metrics-quick-wins"
          />
        </Box>
      </Inline>
    </Stack>
  );
}
