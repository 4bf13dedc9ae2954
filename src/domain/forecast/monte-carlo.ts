/**
 * Monte Carlo forecasts from daily throughput samples (DESIGN §2). Each trial draws one sample
 * per future day, uniformly with replacement, using the injected `random` source.
 */

/** Confidence levels reported by default (DESIGN §2: 50/70/85/95 %). */
export const DEFAULT_CONFIDENCES = [50, 70, 85, 95] as const;

/** Days simulated at most when asking "when": beyond this the answer is null. */
export const MAX_FORECAST_DAYS = 3650;

/**
 * How many items will be done in `days` days: per trial, the sum of `days` random samples.
 * At confidence c, at least the returned number of items is reached in c % of trials (the
 * (100 − c)th percentile of the trial totals, lower order statistic).
 *
 * @example
 * howManyInDays(Int32Array.of(0, 1, 2), 10, 10_000, mulberry32(1), [50, 85]) // e.g. [{confidence:50,items:10},…]
 */
export function howManyInDays(
  samples: Int32Array,
  days: number,
  trials: number,
  random: () => number,
  confidences: readonly number[] = DEFAULT_CONFIDENCES,
): { confidence: number; items: number }[] {
  const m = samples.length;
  const totals = new Int32Array(trials);
  if (m > 0) {
    for (let tr = 0; tr < trials; tr++) {
      let sum = 0;
      for (let d = 0; d < days; d++) sum += samples[Math.floor(random() * m)] as number;
      totals[tr] = sum;
    }
  }
  totals.sort();
  return confidences.map((c) => ({
    confidence: c,
    items: totals[Math.min(trials - 1, Math.max(0, Math.floor(((100 - c) / 100) * trials)))] ?? 0,
  }));
}

/**
 * When `items` items will be done: per trial, days until the running total reaches `items`.
 * At confidence c, c % of trials finish within the returned number of days (null when c % of
 * trials did not finish within MAX_FORECAST_DAYS, e.g. all samples zero).
 */
export function daysUntilDone(
  samples: Int32Array,
  items: number,
  trials: number,
  random: () => number,
  confidences: readonly number[] = DEFAULT_CONFIDENCES,
): { confidence: number; days: number | null }[] {
  const m = samples.length;
  let positive = false;
  for (let k = 0; k < m; k++) if ((samples[k] as number) > 0) positive = true;
  const results = new Int32Array(trials);
  for (let tr = 0; tr < trials; tr++) {
    if (!positive) {
      results[tr] = MAX_FORECAST_DAYS + 1;
      continue;
    }
    let sum = 0;
    let d = 0;
    while (sum < items && d <= MAX_FORECAST_DAYS) {
      sum += samples[Math.floor(random() * m)] as number;
      d++;
    }
    results[tr] = sum >= items ? d : MAX_FORECAST_DAYS + 1;
  }
  results.sort();
  return confidences.map((c) => {
    const v = results[Math.min(trials - 1, Math.max(0, Math.ceil((c / 100) * trials) - 1))] ?? MAX_FORECAST_DAYS + 1;
    return { confidence: c, days: v > MAX_FORECAST_DAYS ? null : v };
  });
}
