import fc from 'fast-check';
import { segmentSchema } from './segment';
import { checkSegment, isStoredIssue } from './segment-check';
import { storedIssueSchema } from './stored-issue';

/** Values of every kind a stored field could hold after corruption (and the right ones). */
const anyScalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constant(0), fc.constant(1));
const anyValue = fc.oneof(anyScalar, fc.array(anyScalar, { maxLength: 4 }), fc.array(fc.array(anyScalar, { maxLength: 4 }), { maxLength: 3 }));
const change = fc.oneof(fc.tuple(fc.integer(), fc.string()), fc.tuple(fc.integer(), fc.string(), fc.option(fc.string(), { nil: null })));
const move = fc.tuple(fc.integer(), fc.string(), fc.string());
const linkGroup = fc.array(fc.string(), { minLength: 2, maxLength: 4 });
const validIssue = fc.tuple(
  fc.string(), fc.string(), fc.string(), fc.string(), fc.integer(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.string(), { maxLength: 3 }),
  fc.option(fc.string(), { nil: null }), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), fc.option(fc.string(), { nil: null }),
  fc.integer(), fc.constantFrom(0, 1), fc.array(change, { maxLength: 4 }), fc.array(move, { maxLength: 2 }),
).chain((base) => fc.oneof(fc.constant<unknown[]>(base), fc.tuple(fc.array(linkGroup, { maxLength: 2 }), fc.option(fc.string(), { nil: null })).map(([l, p]) => [...base, l, p])));
/** A valid issue with one position replaced, cut or extended. */
const mutated = fc.tuple(validIssue, fc.nat(18), anyValue, fc.constantFrom('set', 'cut', 'push')).map(([issue, at, value, how]) => {
  const copy = [...issue];
  if (how === 'set') copy[at % copy.length] = value;
  else if (how === 'cut') copy.length = at % copy.length;
  else copy.push(value);
  return copy;
});

describe('checkSegment and isStoredIssue agree with the zod schemas', () => {
  it('accepts and rejects the same stored issues', () => {
    fc.assert(
      fc.property(fc.oneof(validIssue, mutated, anyValue), (x) => {
        expect(isStoredIssue(x)).toBe(storedIssueSchema.safeParse(x).success);
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts and rejects the same segments, and reads a valid one as zod does', () => {
    const segment = fc.record({
      v: fc.oneof(fc.constant<unknown>(1), anyScalar),
      i: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(validIssue, validIssue, mutated)),
      g: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.integer(), anyScalar)),
      extra: anyValue,
    });
    fc.assert(
      fc.property(fc.oneof(segment, anyValue), (raw) => {
        const json = JSON.parse(JSON.stringify(raw)) as unknown;
        const byZod = segmentSchema.safeParse(json);
        const byHand = checkSegment(json);
        expect(byHand.ok).toBe(byZod.success);
        if (byHand.ok && byZod.success) expect(byHand.segment).toEqual(byZod.data);
      }),
      { numRuns: 800 },
    );
  });
});
