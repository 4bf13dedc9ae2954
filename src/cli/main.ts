import { CliError } from './cli-error';
import { METRICS_USAGE } from './metrics-usage';
import { PULL_USAGE } from './pull-usage';
// Types only (erased): the modules themselves are required when a command runs.
import type * as MetricsCommandModule from './metrics-command';
import type * as PullCommandModule from './pull-command';

// The commands are loaded when they run, not at start: `squadflow --help` (and a usage error) then
// evaluates none of the engine, zod schemas, date code or the Jira client (issue 13.11). `require`,
// not `import()`: the bundle keeps it lazy, and the tsx fallback of bin/squadflow.js hooks only
// require (a dynamic import would go to Node's ESM loader, which cannot load .ts).
type MetricsModule = typeof MetricsCommandModule;
type PullModule = typeof PullCommandModule;
/* eslint-disable @typescript-eslint/no-require-imports -- deliberate lazy loading, see above */
const loadMetricsCommand = (): MetricsModule => require('./metrics-command') as MetricsModule;
const loadPullCommand = (): PullModule => require('./pull-command') as PullModule;
/* eslint-enable @typescript-eslint/no-require-imports */

export interface CliIo {
  /** Output chunks, each valid UTF-8 on its own. */
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Wall clock for the default `--now`. */
  nowMs: () => number;
  fetch?: typeof fetch;
}

const USAGE = `squadflow — flow metrics for a SquadFlow squad, from Jira issue exports

Commands:
  ${METRICS_USAGE.split('\n').join('\n  ')}
  ${PULL_USAGE.split('\n').join('\n  ')}`;

export const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  nowMs: () => Date.now(),
};

/** Runs the CLI; resolves to the exit code (0 ok, 1 bad data or failure, 2 bad usage). */
export async function run(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'metrics': {
        if (rest.includes('--help') || rest.includes('-h')) {
          io.stdout(METRICS_USAGE);
          return 0;
        }
        // process.stdout writes are synchronous on Linux for files, pipes and terminals, so the
        // streamed chunks do not pile up in memory.
        const { metricsCommand } = loadMetricsCommand();
        const result = metricsCommand(rest, io.nowMs(), io.stdout);
        for (const w of result.warnings) io.stderr(`squadflow: warning: ${w}\n`);
        for (const n of result.notes) io.stderr(`squadflow: ${n}\n`);
        return 0;
      }
      case 'pull': {
        if (rest.includes('--help') || rest.includes('-h')) {
          io.stdout(PULL_USAGE);
          return 0;
        }
        const { pullCommand } = loadPullCommand();
        const result = await pullCommand(rest, io.env, io.fetch);
        const total = Object.values(result.requests).reduce((a, b) => a + b, 0);
        io.stderr(`squadflow: pulled ${result.issues} issues in ${total} requests (${Object.entries(result.requests).map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}" (use metrics or pull; squadflow --help)`, 2);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`squadflow: ${e.message}\n`);
      return e.exitCode;
    }
    // Node's parseArgs errors (duck-typed: they may come from another realm under test runners).
    const err = e as { code?: unknown; message?: unknown } | null;
    if (typeof err?.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`squadflow: ${String(err.message)}\n`);
      return 2;
    }
    throw e;
  }
}
