import type { CliIo } from '../../src/cli/main';

/** A CLI `io` that keeps what the command wrote, at a fixed "now", for tests that run it in-process. */
export function capturedCliIo(env: Record<string, string>, nowMs: number): CliIo & { out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    stdout: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')),
    stderr: (t) => (stderr += t),
    env,
    nowMs: () => nowMs,
    out: () => stdout,
    err: () => stderr,
  };
}
