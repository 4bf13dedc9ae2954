import fc from 'fast-check';
import { parseJiraTimestamp } from './parse-jira-timestamp';
import { parseJiraTimestampBytes } from './parse-jira-timestamp-bytes';

const viaBytes = (text: string): number => {
  // Surround with other bytes: the parser must stay inside [start, end).
  const buf = Buffer.from(`9"${text}"9`, 'latin1');
  return parseJiraTimestampBytes(buf, 2, 2 + Buffer.byteLength(text, 'latin1'));
};

describe('parseJiraTimestampBytes', () => {
  it.each(['2024-03-05T14:07:33.512+0000', '2024-03-05T19:37:33+05:30', '2024-03-05T14:07:33.5Z', '2024-02-29T23:59:59.999-1200', '2024-03-05', '2024-03-05T14:07:33.+0000', '2024-03-05T14:07:33.512+00', ''])(
    'agrees with the string parser on %j',
    (text) => {
      expect(viaBytes(text)).toEqual(parseJiraTimestamp(text));
    },
  );

  it('agrees with the string parser on valid and damaged timestamps', () => {
    const valid = fc
      .tuple(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }), fc.integer({ min: -720, max: 840 }), fc.constantFrom('', '.5', '.51', '.512', '.512345678'), fc.constantFrom('hhmm', 'hh:mm', 'Z'))
      .map(([ms, off, frac, style]) => {
        const local = new Date(ms + off * 60_000).toISOString().slice(0, 19);
        const abs = Math.abs(off);
        const hh = String(Math.floor(abs / 60)).padStart(2, '0');
        const mm = String(abs % 60).padStart(2, '0');
        const zone = style === 'Z' ? 'Z' : `${off < 0 ? '-' : '+'}${hh}${style === 'hh:mm' ? ':' : ''}${mm}`;
        return local + frac + zone;
      });
    const damaged = fc.tuple(valid, fc.nat(40), fc.constantFrom('', 'x', '0', ':', '+', '.', 'Z')).map(([t, at, ch]) => t.slice(0, at % (t.length + 1)) + ch + t.slice((at % (t.length + 1)) + 1));
    fc.assert(fc.property(fc.oneof(valid, damaged), (text) => expect(viaBytes(text)).toEqual(parseJiraTimestamp(text))), { numRuns: 3000 });
  });
});
