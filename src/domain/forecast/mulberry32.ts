/**
 * mulberry32: a tiny, fast, seedable PRNG (uniform in [0, 1)), good enough for Monte Carlo
 * sampling and fully reproducible from its 32-bit seed.
 *
 * @example
 * const random = mulberry32(42);
 * random() // 0.6011037519201636, every time
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
