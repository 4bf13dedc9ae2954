import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Longest stretch of synchronous work a background step (publish, build, summary, counts) runs
 * before it gives the event loop a turn. Forge runs each invocation in its own process, but the
 * local harness (and a warm Forge process serving several invocations) shares one loop with pages:
 * one 50,000-issue publish once held every other call for seconds.
 */
export const SLICE_BUDGET_MS = 25;

/** Set by tests only (0: every check pauses, so a pause is certain whatever the machine's speed). */
let budgetForTests: number | null = null;
export function setSliceBudgetForTests(ms: number | null): void {
  budgetForTests = ms;
}

/**
 * Cooperative slicing of long loops: call `due()` often (it is cheap: it reads the clock every
 * `checkEvery` calls) and `await slice.pause()` when it answers true. Only timing changes: results
 * are those of the same loop without pauses.
 */
export class TimeSlice {
  private started = performance.now();
  private calls = 0;

  private readonly budgetMs: number;

  constructor(
    budgetMs: number = SLICE_BUDGET_MS,
    private readonly checkEvery: number = 64,
  ) {
    this.budgetMs = budgetForTests ?? budgetMs;
  }

  /** Whether the current slice has used its budget (checked every `checkEvery` calls). */
  due(): boolean {
    if (++this.calls < this.checkEvery) return false;
    this.calls = 0;
    return performance.now() - this.started >= this.budgetMs;
  }

  /** Gives the event loop one turn (timers, I/O, other requests) and starts a new slice. */
  async pause(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
    this.calls = 0;
  }

  /** `pause()` when the slice is used up; otherwise nothing. */
  async tick(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

/** `fn` over every item, pausing between items whenever a slice is used up. */
export async function forEachSliced<T>(items: Iterable<T>, fn: (item: T, index: number) => void, slice: TimeSlice = new TimeSlice()): Promise<void> {
  let i = 0;
  for (const item of items) {
    fn(item, i++);
    await slice.tick();
  }
}

/** `items.map(fn)`, sliced. */
export async function mapSliced<T, U>(items: readonly T[], fn: (item: T, index: number) => U, slice: TimeSlice = new TimeSlice()): Promise<U[]> {
  const out: U[] = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i] as T, i);
    await slice.tick();
  }
  return out;
}

/** `items.some(test)`, with a pause between items whenever a slice is used up (for costly tests). */
export async function someSliced<T>(items: readonly T[], test: (item: T) => boolean, slice: TimeSlice = new TimeSlice(SLICE_BUDGET_MS, 1)): Promise<boolean> {
  for (const item of items) {
    if (test(item)) return true;
    await slice.tick();
  }
  return false;
}

/**
 * Drives a domain computation written in steps (src/domain/steps.ts) to its result, giving the
 * event loop a turn whenever a slice is used up. Same result as running it at once.
 */
export async function runSteps<T>(steps: Generator<void, T, void>, slice: TimeSlice = new TimeSlice(SLICE_BUDGET_MS, 1)): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
    await slice.tick();
  }
}
