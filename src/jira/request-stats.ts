/**
 * Counts every HTTP request a client makes (retries included), by endpoint label, so syncs can
 * report their cost and tests can check it against the emulator's own counts.
 */
export class RequestStats {
  private readonly counts = new Map<string, number>();
  retries = 0;
  rateLimited = 0;

  count(endpoint: string): void {
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
  }

  get(endpoint: string): number {
    return this.counts.get(endpoint) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
