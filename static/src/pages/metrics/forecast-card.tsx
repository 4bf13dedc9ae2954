import DynamicTable from '@atlaskit/dynamic-table';
import Textfield from '@atlaskit/textfield';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { ForecastDto } from '../../../../src/contract/metrics';
import { ChartCard } from '../../components/charts/chart-card';
import { csvFileName } from '../../components/charts/series-table';
import { forecastSentences, forecastTable, forecastWindow } from './forecast-sentences';
import { isCalendarDay } from './panel-controls';

interface ForecastCardProps {
  squadId: string;
  forecast: ForecastDto | undefined;
  stage: string;
  items: number;
  date: string;
  onChange: (items: number, date: string) => void;
}

/** Monte Carlo forecasts as sentences, with the 50/70/85/95 % table and the throughput window named. */
export function ForecastCard({ squadId, forecast, stage, items, date, onChange }: ForecastCardProps) {
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
              defaultValue={String(items)}
              onBlur={(e) => {
                const n = Number(e.currentTarget.value);
                if (Number.isInteger(n) && n >= 1 && n <= 10_000 && n !== items) onChange(n, date);
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
              value={date}
              onChange={(e) => isCalendarDay(e.currentTarget.value) && onChange(items, e.currentTarget.value)}
            />
          </Box>
        </Inline>
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
          rows={table.rows.map((r, i) => ({ key: `r${i}`, cells: r.map((v, j) => ({ key: `c${j}`, content: v === null ? 'beyond the horizon' : String(v) })) }))}
        />
      </Stack>
    </ChartCard>
  );
}
