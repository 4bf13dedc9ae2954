'use strict';
/**
 * Builds the CLI bundle dist/cli/squadflow.cjs with esbuild's JS API (about half a second), so
 * `squadflow` starts in plain node with no TypeScript compile. Run by `prepare` (npm install and
 * npm ci run the root project's prepare), by `npm run build:cli`, and by bin/squadflow.js itself
 * when the sources are newer than the bundle. The bundle is written to a temporary file and renamed,
 * so two commands starting at once never load half a file.
 *
 * As `prepare`: a failed build (e.g. an install without dev dependencies) warns and exits 0 — the
 * command then compiles on the fly — instead of failing the whole install. `--strict` exits 1.
 */
const { mkdirSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'cli', 'squadflow.cjs');

/** Builds the bundle; returns null on success, else the reason. */
function buildCli() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    return 'esbuild is not installed';
  }
  const tmp = `${bundle}.${process.pid}.tmp`;
  try {
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    esbuild.buildSync({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      outfile: tmp,
    });
    renameSync(tmp, bundle);
    return null;
  } catch (error) {
    rmSync(tmp, { force: true });
    return error && error.message ? error.message.split('\n')[0] : String(error);
  }
}

module.exports = { buildCli, bundle };

if (require.main === module) {
  const failure = buildCli();
  if (failure === null) process.exitCode = 0;
  else {
    process.stderr.write(`squadflow: could not build the CLI bundle (${failure}); the command will compile its sources on each run instead.\n`);
    process.exitCode = process.argv.includes('--strict') ? 1 : 0;
  }
}
