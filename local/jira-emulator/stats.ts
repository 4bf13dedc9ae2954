/** Request counts per endpoint name and per user handle, for the benchmark and sync tests. */
export interface StatsSnapshot {
  total: number;
  byEndpoint: Record<string, number>;
  byUser: Record<string, number>;
  faultsInjected: number;
}

export class RequestStats {
  private total = 0;
  private byEndpoint: Record<string, number> = {};
  private byUser: Record<string, number> = {};

  count(endpoint: string): void {
    this.total++;
    this.byEndpoint[endpoint] = (this.byEndpoint[endpoint] ?? 0) + 1;
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
  }
}
