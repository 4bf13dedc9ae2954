import { emptySegment, bucketOf, groupCountFor, hashId, segmentCountFor } from './segment';
import { DELETED, removeIssue, upsertIssue } from './segment-ops';
import type { StoredIssue } from './stored-issue';

const issue = (id: string, updatedMs: number, status = '1'): StoredIssue => [id, `MKT-${id}`, 'MKT', 'Story', 100, status, [], [], null, null, null, updatedMs, 0, [], []];

describe('upsertIssue', () => {
  it('keeps the newer copy whatever order the copies arrive in', () => {
    const a = emptySegment();
    expect(upsertIssue(a, issue('1', 200, '3'))).toBe(true);
    expect(upsertIssue(a, issue('1', 100, '2'))).toBe(false);
    expect(a.i['1']?.[5]).toBe('3');
    const b = emptySegment();
    upsertIssue(b, issue('1', 100, '2'));
    upsertIssue(b, issue('1', 200, '3'));
    expect(b).toEqual(a);
  });

  it('writes nothing for the same copy delivered twice', () => {
    const s = emptySegment();
    upsertIssue(s, issue('1', 100));
    expect(upsertIssue(s, issue('1', 100))).toBe(false);
  });

  it('does not revive a deleted issue, nor one moved out after the copy', () => {
    const s = emptySegment();
    upsertIssue(s, issue('1', 100));
    expect(removeIssue(s, '1', DELETED)).toBe(true);
    expect(upsertIssue(s, issue('1', 150))).toBe(false);
    expect(s).toEqual({ v: 1, i: {}, g: { '1': DELETED } });
    const moved = emptySegment();
    removeIssue(moved, '2', 300);
    expect(upsertIssue(moved, issue('2', 250))).toBe(false);
    expect(upsertIssue(moved, issue('2', 400))).toBe(true);
    expect(moved.g).toEqual({});
  });

  it('lets a copy updated after a removal win over that removal', () => {
    const s = emptySegment();
    upsertIssue(s, issue('1', 500));
    expect(removeIssue(s, '1', 400)).toBe(false);
    expect(Object.keys(s.i)).toEqual(['1']);
  });
});

describe('bucketing', () => {
  it('hashes with FNV-1a', () => {
    expect(hashId('')).toBe(0x811c9dc5);
    expect(hashId('a')).toBe(0xe40c292c);
  });

  it('puts an issue in the group of its segment, and spreads IDs evenly', () => {
    const counts = new Array<number>(16).fill(0);
    for (let id = 10_000; id < 26_000; id++) {
      const seg = bucketOf(String(id), 16);
      expect(seg % 4).toBe(bucketOf(String(id), 4));
      counts[seg] = (counts[seg] ?? 0) + 1;
    }
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });

  it('sizes groups and segments as powers of two', () => {
    expect([groupCountFor(null), groupCountFor(0), groupCountFor(20_000), groupCountFor(20_001), groupCountFor(100_000), groupCountFor(10_000_000)]).toEqual([8, 1, 1, 2, 8, 64]);
    expect([segmentCountFor(0, 1), segmentCountFor(128 * 1024, 1), segmentCountFor(128 * 1024 + 1, 1), segmentCountFor(1_000_000, 16)]).toEqual([1, 1, 2, 16]);
  });
});
