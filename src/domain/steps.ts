/**
 * Long domain computations written as generators that pause (`yield`) every STEP_ITEMS items, so
 * an adapter can give the event loop a turn between steps (src/ports/time-slice.ts `runSteps`).
 * The domain stays pure and synchronous: `drain` runs the same steps without pausing, and the
 * result is the same either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Items handled between two pauses: small enough that a step is well under a millisecond or two. */
export const STEP_ITEMS = 512;
/** `(i & STEP_MASK) === STEP_MASK` every STEP_ITEMS items (a power of two). */
export const STEP_MASK = STEP_ITEMS - 1;

/** Runs `steps` to the end at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}
