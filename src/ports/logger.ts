/** Structured logs; callers pass ids and counts only, never names, emails, summaries or tokens. */
export interface Logger {
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  warn(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
}

export const consoleLogger: Logger = {
  info: (m, f) => console.info(m, f ?? {}),
  warn: (m, f) => console.warn(m, f ?? {}),
  error: (m, f) => console.error(m, f ?? {}),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
