import { askEarlyAnswer } from '../../api/invoke';
import type { HostContext } from '../../bridge/host-bridge';
import { loadECharts } from '../../components/charts/load-echarts';
import { warmECharts } from '../../components/charts/warm-echarts';
import { panelPageQuestion } from '../../../../src/contract/metrics-panel-question';
import { parseControls } from './panel-controls';

/**
 * What the speed-metrics page needs first, started by the boot code while the page's chunks load
 * (routing/page-loaders.ts): the chart library (its code warmed up while the page waits, see
 * warm-echarts.ts) and the page's one first call, `metrics.page`, asked
 * exactly as the page asks it (`useFirstView`: the URL's controls, the URL's or the context's
 * squad), so the page's own call takes this answer (api/early-answers.ts). Before, the call left
 * about 1.5 s after navigation: after the page's chunks, the chart library and React's first commit.
 */
export function askMetricsPageEarly(ctx: Pick<HostContext, 'squadId'>, readQuery: () => Promise<string>): void {
  loadECharts().then(warmECharts, () => undefined);
  readQuery()
    .then((search) => {
      const controls = parseControls(search);
      askEarlyAnswer('metrics.page', panelPageQuestion(controls.squad ?? ctx.squadId, controls)).catch(() => undefined);
    })
    .catch(() => undefined);
  // The page's first date formatting loads the browser's locale data (60–100 ms of main thread on
  // first use): do it while the chunks and the answer are on the network (when the main thread is
  // idle), not during the first paint.
  const loadLocaleData = (): void => void new Date(0).toLocaleString();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadLocaleData);
  else setTimeout(loadLocaleData, 0);
}
