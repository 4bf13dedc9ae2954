import type { StatusChange } from '../model/issue-history';
import { compareKeys } from './compare-keys';
import { orderChanges } from './order-changes';

const c = (atMs: number, from: string | null, to: string, seq?: number): StatusChange => ({ atMs, fromStatusId: from, toStatusId: to, ...(seq === undefined ? {} : { seq }) });
const path = (xs: readonly StatusChange[]): string => xs.map((x) => `${x.fromStatusId ?? '∅'}>${x.toStatusId}`).join(' ');

describe('orderChanges', () => {
  it('returns an ordered array as it is', () => {
    const xs = [c(1, '1', '2'), c(2, '2', '3')];
    expect(orderChanges(xs)).toBe(xs);
  });

  it('sorts by time, then seq', () => {
    expect(path(orderChanges([c(5, '2', '3'), c(1, '1', '2')]))).toBe('1>2 2>3');
    expect(path(orderChanges([c(5, '3', '1', 9), c(5, '2', '3', 4), c(1, '1', '2')]))).toBe('1>2 2>3 3>1');
  });

  it('chains changes that share a timestamp, whatever their input order', () => {
    const a = c(5, '1', '2');
    const b = c(5, '2', '3');
    const d = c(5, '3', '4');
    for (const input of [[a, b, d], [d, b, a], [b, d, a], [d, a, b]]) expect(path(orderChanges(input))).toBe('1>2 2>3 3>4');
    // After an earlier change ending in 3, the tie run starts from 3.
    expect(path(orderChanges([c(5, '1', '3'), c(5, '3', '1'), c(1, '0', '3')]))).toBe('0>3 3>1 1>3');
  });
});

describe('compareKeys', () => {
  it('orders keys naturally', () => {
    expect(['MKT-10', 'IT-3', 'MKT-2', 'MKT-1'].sort(compareKeys)).toEqual(['IT-3', 'MKT-1', 'MKT-2', 'MKT-10']);
  });
});

describe('compareKeys edge cases', () => {
  it('puts shorter prefixes first and falls back to text order', () => {
    expect(['MKTX-1', 'MKT-2', 'MK-9', 'A', 'MKT-02', 'MKT-x'].sort(compareKeys)).toEqual(['A', 'MK-9', 'MKT-02', 'MKT-2', 'MKT-x', 'MKTX-1']);
    expect(compareKeys('MKT-5', 'MKT-5')).toBe(0);
  });
});
