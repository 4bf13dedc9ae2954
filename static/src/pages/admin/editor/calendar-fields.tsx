import Checkbox from '@atlaskit/checkbox';
import { Box, Inline } from '@atlaskit/primitives';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';
import { ChoiceSelect } from './choice-select';
import { ParsedTextField } from './parsed-text-field';
import { splitList, splitNumbers } from './list-text';
import { cell, wide } from './field-widths';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TIME_ZONES = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].map((z) => ({ value: z, label: z }));

interface Props {
  draft: Draft;
  errors: FieldErrors;
  firstError: (prefix: string) => string | undefined;
  onChange: (draft: Draft) => void;
}

/** The calendar business-day lead times and weeks use, and the percentiles lead times show. */
export function CalendarFields({ draft, errors, firstError, onChange }: Props) {
  const calendar = draft.calendar;
  return (
    <>
      <Inline space="space.200" shouldWrap>
        <Box xcss={cell}>
          <FormField id="time-zone" label="Time zone" error={errors.get('calendar.timeZone')} helper="Days and weeks (from Monday) are counted here.">
            <ChoiceSelect inputId="time-zone" choices={TIME_ZONES} value={calendar.timeZone} onChange={(timeZone) => onChange({ ...draft, calendar: { ...calendar, timeZone } })} />
          </FormField>
        </Box>
        <FormField id="working-days" label="Working days" error={firstError('calendar.workingDays')}>
          <Inline space="space.100" testId="working-days">
            {WEEKDAYS.map((day, i) => (
              <Checkbox
                key={day}
                label={day}
                isChecked={calendar.workingDays.includes(i + 1)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const days = on ? [...calendar.workingDays, i + 1].sort((a, b) => a - b) : calendar.workingDays.filter((d) => d !== i + 1);
                  onChange({ ...draft, calendar: { ...calendar, workingDays: days } });
                }}
              />
            ))}
          </Inline>
        </FormField>
      </Inline>
      <Box xcss={wide}>
        <ParsedTextField
          id="holidays"
          label="Holidays"
          error={firstError('calendar.holidays')}
          helper="Dates as YYYY-MM-DD, separated by commas."
          initialText={calendar.holidays.join(', ')}
          parse={splitList}
          onParsed={(holidays) => onChange({ ...draft, calendar: { ...calendar, holidays } })}
        />
      </Box>
      <Box xcss={cell}>
        <ParsedTextField
          id="percentiles"
          label="Percentiles"
          error={firstError('percentiles')}
          helper="Shown for lead times, e.g. 50, 70, 85, 95."
          initialText={draft.percentiles.join(', ')}
          parse={splitNumbers}
          onParsed={(percentiles) => onChange({ ...draft, percentiles })}
        />
      </Box>
    </>
  );
}
