import { loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_USERS } from '../local/jira-emulator';
import { startHarness, type Harness } from '../local/harness/start-harness';
import { silentLogger } from '../src/ports/logger';

/**
 * What one view of each page a user opens every day asks, counted in headless Chromium on the
 * harness with the demo squads (`npx tsx bench/page-calls.ts`; `PAGE_CALLS_ISSUES` to size):
 *
 * - **permission requests**: the emulator's counters (`permissions-check` + `mypermissions`) from
 *   navigation until the network is idle (issue 8's target: one per page view);
 * - **calls**: the resolver calls the page made (`/api/invoke`), the page frame's `app.info` (its
 *   status line, asked beside the page's own) counted apart;
 * - **in a row**: the longest chain of calls each asked only after an earlier one was answered
 *   (round trips a viewer waits for one after another; the board's further pages of cards count).
 */
const PAGES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'board', path: '/board?project=MKT' },
  { name: 'speed metrics', path: '/metrics?project=MKT' },
  { name: 'issue panel', path: '/issue/MKT-1' },
  { name: 'portfolio gadget', path: '/gadget' },
  { name: 'admin page', path: '/admin' },
  { name: 'project settings', path: '/project-settings?project=MKT' },
];
const VIEWERS = ['alice', 'carol', 'mark', 'lena'];

interface View {
  permissionRequests: number;
  calls: string[];
  inARow: number;
}

async function viewOnce(browser: Browser, harness: Harness, path: string, accountId: string): Promise<View> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const calls: Array<{ key: string; startMs: number; endMs: number }> = [];
  const started = new Map<unknown, { key: string; startMs: number }>();
  page.on('request', (req) => {
    if (!req.url().endsWith('/api/invoke')) return;
    started.set(req, { key: (req.postDataJSON() as { functionKey: string }).functionKey, startMs: performance.now() });
  });
  const finish = (req: unknown): void => {
    const s = started.get(req);
    if (s !== undefined) calls.push({ ...s, endMs: performance.now() });
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', finish);
  try {
    harness.emulator?.state.resetStats();
    await page.goto(`${harness.url}${path}${path.includes('?') ? '&' : '?'}as=${encodeURIComponent(accountId)}`);
    // The page's own first call has been answered (the network can be idle before it leaves, while the page's code is evaluated), then nothing more is asked.
    for (let waited = 0; !calls.some((c) => c.key !== 'app.info') && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await page.waitForLoadState('networkidle');
    const stats = harness.emulator?.state.stats().byEndpoint ?? {};
    const own = calls.filter((c) => c.key !== 'app.info');
    const depth = new Map<(typeof own)[number], number>();
    for (const c of [...own].sort((a, b) => a.startMs - b.startMs)) {
      const before = own.filter((o) => o.endMs <= c.startMs).map((o) => depth.get(o) ?? 1);
      depth.set(c, 1 + Math.max(0, ...before));
    }
    return {
      permissionRequests: (stats['permissions-check'] ?? 0) + (stats['mypermissions'] ?? 0),
      calls: [...calls].sort((a, b) => a.startMs - b.startMs).map((c) => c.key),
      inARow: Math.max(0, ...depth.values()),
    };
  } finally {
    await page.close();
  }
}

export async function pageCallsReport(): Promise<string> {
  if (!existsSync(join(__dirname, '..', 'static', 'dist', 'local', 'index.html'))) return 'Page calls: not measured (run `npm run build:ui:local` first).';
  const harness = await startHarness({ port: 0, demoIssues: Number(process.env.PAGE_CALLS_ISSUES ?? 400), seed: 7, dataDir: null, log: silentLogger, queueTimeScale: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const lines = [`Page views (load average ${loadavg()[0]?.toFixed(1)}): permission requests · resolver calls (besides app.info) · calls in a row`];
  try {
    await harness.idle();
    for (const p of PAGES) {
      for (const handle of VIEWERS) {
        const accountId = DEMO_USERS.find((u) => u.handle === handle)?.accountId ?? '';
        // The first view warms what is the same for everyone (project IDs, the Flagged field); the second is counted.
        await viewOnce(browser, harness, p.path, accountId);
        const v = await viewOnce(browser, harness, p.path, accountId);
        const own = v.calls.filter((c) => c !== 'app.info');
        const counted = [...new Set(own)].map((k) => `${k}${own.filter((c) => c === k).length > 1 ? ` ×${own.filter((c) => c === k).length}` : ''}`);
        lines.push(`  ${p.name.padEnd(17)} ${handle.padEnd(6)} ${String(v.permissionRequests).padStart(2)} permission · ${own.length} calls (${counted.join(', ') || 'none'}) · ${v.inARow} in a row`);
      }
    }
  } finally {
    await browser.close();
    await harness.close();
  }
  return lines.join('\n');
}

if (require.main === module) {
  pageCallsReport().then(
    (report) => console.log(report),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
