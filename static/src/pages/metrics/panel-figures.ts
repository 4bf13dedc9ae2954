import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import type { ChartPalette } from '../../components/charts/palette';
import type { SeriesTable } from '../../components/charts/series-table';
import { chartModels, type ChartId } from './chart-models';
import { NO_SUMMARIES } from './charts/summary-lookup';
import type { ChartModel } from './charts/lead-time-scatter';
import { forecastSentences, forecastTable, forecastWindow } from './forecast-sentences';
import { headlineFigures, headlineTiles, type HeadlineFigures, type StageLimit, type Tile } from './headline-figures';
import { historyDays } from './history-days';
import { itemTable } from './item-export';

/** Everything the panel shows for one answer, as data: tiles, charts, forecast, per-item export. */
export interface PanelFigures {
  headline: HeadlineFigures;
  tiles: Tile[];
  historyDays: number;
  charts: Record<ChartId, ChartModel>;
  forecast: { sentences: ReturnType<typeof forecastSentences>; window: string; table: SeriesTable } | null;
  items: SeriesTable;
}

/**
 * What the panel derives from a `metrics.get` answer (or the CLI's JSON: the same shape), so a test
 * can hold both side by side. `stages` carries the squad's stage order and WIP limits.
 */
export function panelFigures(dto: SquadMetricsDto, stages: readonly StageLimit[], lines: readonly number[], palette: ChartPalette): PanelFigures {
  const stageNames = stages.map((s) => s.name);
  const headline = headlineFigures(dto, stages);
  const days = historyDays(dto);
  const f = dto.forecast;
  return {
    headline,
    tiles: headlineTiles(headline, days),
    historyDays: days,
    charts: chartModels(dto, palette, lines, stageNames, NO_SUMMARIES),
    forecast: f === undefined ? null : { sentences: forecastSentences(f, dto.leadTime.to), window: forecastWindow(f), table: forecastTable(f, dto.leadTime.to) },
    items: itemTable(dto.items, stageNames, dto.asOf.unit),
  };
}
