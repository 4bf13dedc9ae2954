#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry point run by plain node */
/**
 * `squadflow` command. Runs the bundle dist/cli/squadflow.cjs, which `npm install`/`npm ci` build
 * (the `prepare` script, bin/build-cli.cjs), so the first run after an install starts in plain node.
 * When a source under src/ is newer than the bundle (someone edited it), the bundle is rebuilt first
 * (about half a second, once); only when that cannot be done are the sources compiled on the fly
 * with tsx. So the command never runs stale code.
 */
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'cli', 'squadflow.cjs');
const SOURCE_DIRS = ['src/cli', 'src/domain', 'src/contract', 'src/jira', 'src/ports'];

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return SOURCE_DIRS.every((dir) => newestMtime(join(root, dir)) <= built);
}

function loadCli() {
  if (process.env.SQUADFLOW_FROM_SOURCE !== '1') {
    if (isFresh()) return require(bundle);
    if (require('./build-cli.cjs').buildCli() === null) return require(bundle);
  }
  require('tsx/cjs');
  return require(join(root, 'src', 'cli', 'main.ts'));
}

loadCli()
  .run(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`squadflow: unexpected error: ${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
