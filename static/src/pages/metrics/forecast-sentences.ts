import type { ForecastDto } from '../../../../src/contract/metrics';
import type { SeriesTable } from '../../components/charts/series-table';
import { fmtDay } from './format-figures';

/** The forecast in words: "85% chance of 27 or more by 12 Mar 2026", "85% chance that 10 items reach Pilot by 3 Jan 2027". */
export function forecastSentences(f: ForecastDto, stage: string, confidence = 85): { howMany: string | null; when: string | null } {
  const hm = f.howMany?.results.find((r) => r.confidence === confidence);
  const wn = f.when?.results.find((r) => r.confidence === confidence);
  return {
    howMany:
      f.howMany === undefined || hm === undefined ? null : `${confidence}% chance of ${hm.items} or more items reaching ${stage} by ${fmtDay(f.howMany.targetDate)}.`,
    when:
      f.when === undefined || wn === undefined
        ? null
        : wn.date === null
          ? `At the recent pace, ${f.when.items} items do not reach ${stage} within the forecast horizon.`
          : `${confidence}% chance that ${f.when.items} items have reached ${stage} by ${fmtDay(wn.date)}.`,
  };
}

/** The sampled throughput window, said plainly. */
export function forecastWindow(f: ForecastDto): string {
  return `Sampled from the daily throughput of ${fmtDay(f.sampleFrom)} – ${fmtDay(f.sampleTo)} (${f.sampleDays} days, ${f.meanPerDay.toFixed(2)} items/day on average), ${f.trials.toLocaleString('en')} trials, fixed seed: the same data gives the same answer.`;
}

/** The confidence table (50/70/85/95 %). */
export function forecastTable(f: ForecastDto, stage: string): SeriesTable {
  const confidences = [...new Set([...(f.howMany?.results ?? []), ...(f.when?.results ?? [])].map((r) => r.confidence))].sort((a, b) => a - b);
  return {
    columns: [
      'Confidence',
      f.howMany === undefined ? 'How many' : `Items reaching ${stage} by ${fmtDay(f.howMany.targetDate)} (at least)`,
      f.when === undefined ? 'When' : `Date ${f.when.items} items have reached ${stage} (by)`,
    ],
    rows: confidences.map((c) => [
      `${c}%`,
      f.howMany?.results.find((r) => r.confidence === c)?.items ?? null,
      f.when?.results.find((r) => r.confidence === c)?.date ?? null,
    ]),
  };
}
