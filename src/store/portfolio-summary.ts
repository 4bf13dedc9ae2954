import { z } from 'zod';
import type { PortfolioFiguresDto, PortfolioPeriod } from '../contract/portfolio';
import type { JsonValue, KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';

/** The summary must stay small: one storage read per squad on the gadget's fast path. */
export const SUMMARY_MAX_BYTES = 16 * 1024;
/** Lead-time samples kept for the pooled total; more are thinned to evenly spaced order statistics. */
export const SUMMARY_MAX_SAMPLES = 600;

/**
 * A squad's precomputed portfolio figures for the default settings (this quarter, the squad's
 * headline pair), written when a generation publishes and after each incremental change. Holds
 * counts, percentiles, issue keys of the oldest items and per-project issue counts: no account
 * IDs, names or issue text (DESIGN §3a). Served only to viewers shown to see the whole squad.
 */
export interface PortfolioSummary {
  v: 1;
  generation: number;
  /** Revision of the squad configuration the figures were computed with. */
  revision: number;
  period: PortfolioPeriod;
  /** The squad's `leadTime` pair the figures are for (a config change makes the summary stale). */
  from: string;
  to: string;
  /** `YYYY-MM-DD` (squad zone) the figures were computed on: ages and "this quarter" move daily. */
  day: string;
  computedAtMs: number;
  /** Stored issues per project: a viewer sees the whole squad when their counts equal these. */
  projectCounts: Record<string, number>;
  figures: PortfolioFiguresDto;
  /** Ascending lead times this period and the previous one (thinned when long). */
  sample: number[];
  previousSample: number[];
  /** Whether the samples were thinned (the pooled total is then approximate). */
  thinned: boolean;
  oldest: Array<{ key: string; stage: string; ageDays: number }>;
}

const summarySchema = z.object({
  v: z.literal(1),
  generation: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  day: z.string(),
  computedAtMs: z.number(),
  projectCounts: z.record(z.string(), z.number().int().nonnegative()),
  figures: z.looseObject({ period: z.looseObject({ key: z.string() }), leadTime: z.looseObject({}), demand: z.looseObject({}) }),
  sample: z.array(z.number()),
  previousSample: z.array(z.number()),
  thinned: z.boolean(),
  oldest: z.array(z.object({ key: z.string(), stage: z.string(), ageDays: z.number() })),
});

/** Evenly spaced order statistics of an ascending sample, at most `max` of them (ends kept). */
export function thinSample(sorted: readonly number[], max: number): number[] {
  if (sorted.length <= max) return [...sorted];
  const out: number[] = [];
  for (let k = 0; k < max; k++) out.push(sorted[Math.round((k * (sorted.length - 1)) / (max - 1))] as number);
  return out;
}

const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

export async function readPortfolioSummary(store: KeyValueStore, squadId: string): Promise<PortfolioSummary | undefined> {
  const raw = await store.get(keys.portfolioSummary(squadId));
  if (raw === undefined) return undefined;
  // An unreadable summary is no summary: the gadget computes from the histories and rewrites it.
  return summarySchema.safeParse(raw).success ? (raw as unknown as PortfolioSummary) : undefined;
}

/**
 * Writes the summary, thinning samples and oldest items until it fits {@link SUMMARY_MAX_BYTES};
 * answers the bytes written.
 */
export async function writePortfolioSummary(store: KeyValueStore, squadId: string, summary: PortfolioSummary): Promise<number> {
  let value = summary;
  for (let max = SUMMARY_MAX_SAMPLES; bytesOf(value) > SUMMARY_MAX_BYTES && max >= 10; max = Math.floor(max / 2)) {
    value = { ...summary, sample: thinSample(summary.sample, max), previousSample: thinSample(summary.previousSample, max), thinned: true, oldest: summary.oldest.slice(0, 5) };
  }
  const bytes = bytesOf(value);
  if (bytes > SUMMARY_MAX_BYTES) throw new Error(`Portfolio summary of squad "${squadId}" is ${bytes} bytes, over ${SUMMARY_MAX_BYTES}`);
  await store.set(keys.portfolioSummary(squadId), value as unknown as JsonValue);
  return bytes;
}

export async function deletePortfolioSummary(store: KeyValueStore, squadId: string): Promise<void> {
  await store.delete(keys.portfolioSummary(squadId));
}
