import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'squadflow.js');
const bundle = join(root, 'dist', 'cli', 'squadflow.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Issue 13.11: the command starts from a plain-node bundle (start time is measured in `npm run bench`). */
describe('squadflow start', () => {
  it('installs build the bundle: package.json runs bin/build-cli.cjs as prepare', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['prepare']).toBe('node bin/build-cli.cjs');
  });

  it('runs from a bundle at least as new as every source (rebuilt first when a source changed), with the same answer as the sources', () => {
    const fast = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(fast.status).toBe(0);
    expect(fast.stderr).toBe('');
    for (const dir of ['src/cli', 'src/domain', 'src/contract', 'src/jira']) expect(newestSource(join(root, dir))).toBeLessThanOrEqual(statSync(bundle).mtimeMs);
    const slow = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', env: { ...process.env, SQUADFLOW_FROM_SOURCE: '1' } });
    expect(slow.status).toBe(0);
    expect(fast.stdout).toBe(slow.stdout);
    expect(fast.stdout).toContain('squadflow metrics');
  }, 60_000);
});
