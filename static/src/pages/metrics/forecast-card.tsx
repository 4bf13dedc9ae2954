import DynamicTable from '@atlaskit/dynamic-table';
import Textfield from '@atlaskit/textfield';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { ForecastDto } from '../../../../src/contract/metrics';
import { ChartCard } from '../../components/charts/chart-card';
import { csvFileName, tableCellText } from '../../components/charts/series-table';
import { forecastSentences, forecastTable, forecastWindow } from './forecast-sentences';
import { forecastDateProblem, forecastItemsProblem } from './control-problems';
import { useDraft } from './use-draft';
import { fmtDay } from './format-figures';
import { isCalendarDay } from './panel-controls';

interface ForecastCardProps {
  squadId: string;
  forecast: ForecastDto | undefined;
  stage: string;
  items: number;
  date: string;
  /** Today in the viewer's zone: the forecast's date must come after it. */
  today: string;
  onChange: (items: number, date: string) => void;
}

/** Monte Carlo forecasts as sentences, with the 50/70/85/95 % table and the throughput window named. */
export function ForecastCard({ squadId, forecast, stage, items, date, today, onChange }: ForecastCardProps) {
  // What is typed stays here until it makes sense; until then a sentence says why, and the
  // figures keep the last values applied. Values applied from elsewhere (URL) replace the draft.
  const [typedItems, setTypedItems] = useDraft(String(items));
  const [typedDate, setTypedDate] = useDraft(date);
  const itemsProblem = forecastItemsProblem(typedItems);
  const dateProblem = forecastDateProblem(typedDate, today);
  const table = forecast === undefined ? { columns: [], rows: [] } : forecastTable(forecast, stage);
  const s = forecast === undefined ? { howMany: null, when: null } : forecastSentences(forecast, stage);
  return (
    <ChartCard
      id="forecast"
      title={`Forecast: items reaching ${stage}`}
      subtitle={forecast === undefined ? undefined : forecastWindow(forecast)}
      howToRead="Thousands of simulated futures replay the recent daily throughput at random; “85% chance” means 85% of them did at least this well. Plan with 85%, not 50%."
      table={table}
      csvName={csvFileName(squadId, 'forecast')}
      empty={forecast === undefined ? 'No forecast for this view.' : forecast.meanPerDay === 0 ? `Nothing reached ${stage} in the sampled window, so there is no pace to forecast from.` : null}
    >
      <Stack space="space.150">
        <Inline space="space.200" shouldWrap alignBlock="end">
          <Box>
            <label htmlFor="forecast-items">
              <Text size="small" weight="semibold" color="color.text.subtle">
                When will this many reach {stage}?
              </Text>
            </label>
            <Textfield
              id="forecast-items"
              type="number"
              isCompact
              min={1}
              max={10000}
              width={120}
              value={typedItems}
              isInvalid={itemsProblem !== null}
              aria-describedby={itemsProblem === null ? undefined : 'forecast-problem'}
              onChange={(e) => setTypedItems(e.currentTarget.value)}
              onBlur={(e) => {
                const n = Number(e.currentTarget.value.trim());
                if (forecastItemsProblem(e.currentTarget.value) === null && n !== items) onChange(n, date);
              }}
            />
          </Box>
          <Box>
            <label htmlFor="forecast-date">
              <Text size="small" weight="semibold" color="color.text.subtle">
                How many by this date?
              </Text>
            </label>
            <Textfield
              id="forecast-date"
              type="date"
              isCompact
              width={170}
              value={typedDate}
              isInvalid={dateProblem !== null}
              aria-describedby={dateProblem === null ? undefined : 'forecast-problem'}
              onChange={(e) => {
                const typed = e.currentTarget.value;
                setTypedDate(typed);
                if (forecastDateProblem(typed, today) === null && typed !== date) onChange(items, typed);
              }}
            />
          </Box>
        </Inline>
        {(itemsProblem !== null || dateProblem !== null) && (
          <Box id="forecast-problem" role="alert" testId="forecast-problem">
            <Text color="color.text.danger">
              {[itemsProblem, dateProblem].filter((p) => p !== null).join(' ')}
              {typedItems.trim() !== String(items) || typedDate !== date ? ' The forecast below still uses the last values that made sense.' : ''}
            </Text>
          </Box>
        )}
        {s.howMany !== null && (
          <Text as="p" size="large" weight="semibold" testId="forecast-how-many">
            {s.howMany}
          </Text>
        )}
        {s.when !== null && (
          <Text as="p" size="large" weight="semibold" testId="forecast-when">
            {s.when}
          </Text>
        )}
        <DynamicTable
          testId="forecast-table"
          head={{ cells: table.columns.map((c, i) => ({ key: `c${i}`, content: c })) }}
          rows={table.rows.map((r, i) => ({ key: `r${i}`, cells: r.map((v, j) => ({ key: `c${j}`, content: v === null ? 'beyond the horizon' : typeof v === 'string' && isCalendarDay(v) ? fmtDay(v) : tableCellText(v) })) }))}
        />
      </Stack>
    </ChartCard>
  );
}
