import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHarness } from '../local/harness/start-harness';
import { silentLogger } from '../src/ports/logger';

/**
 * Screenshots of the speed-metrics panel for docs/screenshots (`npx tsx bench/metrics-screenshots.ts [dir]`):
 * the demo squad, light and dark at 1280 px, dark at 420 px, each once every chart is drawn.
 */
const CHARTS = ['scatter', 'histogram', 'throughput', 'cfd', 'wip', 'aging', 'time-in-stage', 'efficiency'];

async function main(): Promise<void> {
  const out = process.argv[2] ?? join(__dirname, '..', 'docs', 'screenshots');
  const harness = await startHarness({ port: 0, seed: 7, dataDir: null, log: silentLogger, queueTimeScale: 0, seedDemoSquad: 'growth' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    await harness.idle();
    const shots = [
      { name: 'metrics-panel-light', theme: 'light', width: 1280, height: 1500 },
      { name: 'metrics-panel-dark', theme: 'dark', width: 1280, height: 1500 },
      { name: 'metrics-panel-narrow-dark', theme: 'dark', width: 420, height: 1600 },
    ];
    for (const s of shots) {
      const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
      await page.goto(`${harness.url}/metrics?project=MKT&squad=growth&range=365&theme=${s.theme}`);
      for (const id of CHARTS) await page.locator(`[data-testid="echart-${id}"] [data-drawn="true"]`).waitFor({ timeout: 120_000 });
      await page.screenshot({ path: join(out, `${s.name}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    await harness.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
