import { askEarlyAnswer } from '../../api/invoke';
import type { HostContext } from '../../bridge/host-bridge';
import { loadECharts } from '../../components/charts/load-echarts';
import { panelPageQuestion } from '../../../../src/contract/metrics-panel-question';
import { parseControls } from './panel-controls';

/**
 * What the speed-metrics page needs first, started by the boot code while the page's chunks load
 * (routing/lazy-pages.ts): the chart library and the page's one first call, `metrics.page`, asked
 * exactly as the page asks it (`useFirstView`: the URL's controls, the URL's or the context's
 * squad), so the page's own call takes this answer (api/early-answers.ts). Before, the call left
 * about 1.5 s after navigation: after the page's chunks, the chart library and React's first commit.
 */
export function askMetricsPageEarly(ctx: Pick<HostContext, 'squadId'>, readQuery: () => Promise<string>): void {
  loadECharts().catch(() => undefined);
  readQuery()
    .then((search) => {
      const controls = parseControls(search);
      askEarlyAnswer('metrics.page', panelPageQuestion(controls.squad ?? ctx.squadId, controls)).catch(() => undefined);
    })
    .catch(() => undefined);
  // The page's first date formatting loads the browser's locale data (60–100 ms of main thread on
  // first use): do it while the chunks and the answer are on the network, in a task of its own
  // after the question has left, not during the first paint.
  setTimeout(() => new Date(0).toLocaleString(), 0);
}
