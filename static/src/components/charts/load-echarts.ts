import type * as EChartsCore from './echarts-core';

/** The tree-shaken ECharts build, fetched once on first use (its own lazy chunk). */
export type EChartsModule = typeof EChartsCore;

let loading: Promise<EChartsModule> | null = null;

export function loadECharts(): Promise<EChartsModule> {
  loading ??= import('./echarts-core').catch((e: unknown) => {
    loading = null; // a failed chunk load (network) may succeed on the next try
    throw e;
  });
  return loading;
}
