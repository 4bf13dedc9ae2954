import { useEffect, useState } from 'react';
import type { ItemTimelineDto } from '../../../../src/contract/metrics';
import { MAX_PAGE_ROWS, type MetricsAnswerDto, type MetricsQueryFunctions } from '../../../../src/contract/metrics-query';
import { invoke } from '../../api/invoke';

/** Per-item rows of a large squad, read in pages: how far along, or all of them. */
export type AllItems =
  | { status: 'whole' }
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; items: ItemTimelineDto[] }
  | { status: 'failed' };

/** Pages read at once: enough to overlap the round trips, few enough to leave the resolver room. */
const CONCURRENCY = 2;

/**
 * An answer above 3,000 items leaves the per-item rows out (`itemsOmitted`); the scatterplot and
 * the per-item CSV need all of them, so they are read here in pages of 5,000 (`sections: ['items']`)
 * for the same question. Rows of an outdated question never show: a new payload restarts.
 */
export function useAllItems(payload: MetricsQueryFunctions['metrics.get']['payload'], answer: MetricsAnswerDto | null): AllItems {
  const omitted = answer?.data.itemsOmitted === true;
  const payloadJson = JSON.stringify(payload);
  const [state, setState] = useState<{ request: string; value: AllItems } | null>(null);

  useEffect(() => {
    if (!omitted) return undefined;
    let current = true;
    const base = JSON.parse(payloadJson) as MetricsQueryFunctions['metrics.get']['payload'];
    const pageOf = (offset: number) => invoke('metrics.get', { ...base, sections: ['items'], page: { offset, limit: MAX_PAGE_ROWS } });
    void (async () => {
      try {
        const first = await pageOf(0);
        const total = first.data.rowsTotal?.items ?? first.metrics?.items?.length ?? 0;
        const pages: ItemTimelineDto[][] = [first.metrics?.items ?? []];
        let loaded = pages[0]?.length ?? 0;
        if (current) setState({ request: payloadJson, value: { status: 'loading', loaded, total } });
        const offsets: number[] = [];
        for (let o = MAX_PAGE_ROWS; o < total; o += MAX_PAGE_ROWS) offsets.push(o);
        let next = 0;
        const worker = async (): Promise<void> => {
          while (current && next < offsets.length) {
            const k = next++;
            const page = await pageOf(offsets[k] as number);
            pages[k + 1] = page.metrics?.items ?? [];
            loaded += pages[k + 1]?.length ?? 0;
            if (current) setState({ request: payloadJson, value: { status: 'loading', loaded, total } });
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        if (current) setState({ request: payloadJson, value: { status: 'ready', items: pages.flat() } });
      } catch {
        if (current) setState({ request: payloadJson, value: { status: 'failed' } });
      }
    })();
    return () => {
      current = false;
    };
  }, [omitted, payloadJson]);

  if (!omitted) return { status: 'whole' };
  return state?.request === payloadJson ? state.value : { status: 'loading', loaded: 0, total: null };
}
