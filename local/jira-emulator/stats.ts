/** Request counts per endpoint name and per user handle, for the benchmark and sync tests. */
export interface StatsSnapshot {
  total: number;
  byEndpoint: Record<string, number>;
  byUser: Record<string, number>;
  faultsInjected: number;
}

/** One request as it reached the emulator: the raw (still escaped) URL, and the JQL a search or count sent. */
export interface LoggedRequest {
  endpoint: string;
  method: string;
  /** Path and query exactly as sent, before any decoding (`/rest/api/3/project/search?query=a%2Fb`). */
  rawUrl: string;
  /** The body's `jql` (search, approximate count) or the `jql` query parameter, when given. */
  jql: string | null;
}

/** The request log keeps the most recent requests only, so a long run does not grow without bound. */
export const REQUEST_LOG_LIMIT = 5000;

export class RequestStats {
  private total = 0;
  /** A ring of the last {@link REQUEST_LOG_LIMIT} requests; `next` is where the next one goes. */
  private log: LoggedRequest[] = [];
  private next = 0;
  private byEndpoint: Record<string, number> = {};
  private byUser: Record<string, number> = {};

  count(endpoint: string): void {
    this.total++;
    this.byEndpoint[endpoint] = (this.byEndpoint[endpoint] ?? 0) + 1;
  }

  /** Constant time once full (a splice moved all 5,000 entries on every request of a burst). */
  record(entry: LoggedRequest): void {
    if (this.log.length < REQUEST_LOG_LIMIT) this.log.push(entry);
    else this.log[this.next] = entry;
    this.next = (this.next + 1) % REQUEST_LOG_LIMIT;
  }

  /** The logged requests, oldest first (at most {@link REQUEST_LOG_LIMIT}). */
  requests(): LoggedRequest[] {
    return this.log.length < REQUEST_LOG_LIMIT ? [...this.log] : [...this.log.slice(this.next), ...this.log.slice(0, this.next)];
  }

  countUser(handle: string): void {
    this.byUser[handle] = (this.byUser[handle] ?? 0) + 1;
  }

  snapshot(faultsInjected: number): StatsSnapshot {
    return { total: this.total, byEndpoint: { ...this.byEndpoint }, byUser: { ...this.byUser }, faultsInjected };
  }

  reset(): void {
    this.total = 0;
    this.byEndpoint = {};
    this.byUser = {};
    this.log = [];
    this.next = 0;
  }
}
