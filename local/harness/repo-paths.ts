import { join } from 'node:path';

/** Paths relative to the repository root (this file lives in local/harness). */
export const REPO_ROOT = join(__dirname, '..', '..');
export const DEFAULT_STATIC_DIR = join(REPO_ROOT, 'static', 'dist', 'local');
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.squadflow-data');
export const DEMO_SQUAD_FILE = join(REPO_ROOT, 'local', 'demo-data', 'demo-squad.json');
/** Every demo squad, the joint "growth" squad first: a brand squad on MKT and a platform squad on IT, so the portfolio has rows. */
export const DEMO_SQUAD_FILES = [DEMO_SQUAD_FILE, join(REPO_ROOT, 'local', 'demo-data', 'demo-squad-brand.json'), join(REPO_ROOT, 'local', 'demo-data', 'demo-squad-platform.json')];

export function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require(join(REPO_ROOT, 'package.json')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
