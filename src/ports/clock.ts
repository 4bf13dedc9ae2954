/** Time source, injected so domain results and tests are reproducible. */
export interface Clock {
  nowMs(): number;
}

export const systemClock: Clock = { nowMs: () => Date.now() };
