import fc from 'fast-check';
import type { IssueHistory, PackedChanges } from '../domain/model/issue-history';
import { toWholeSeconds } from '../domain/model/whole-seconds';
import { decodeIssue, encodeIssue, normalizeHistory, storedIssueSchema } from './stored-issue';

const t = (iso: string): number => Date.parse(iso);

const history: IssueHistory = {
  id: '10042',
  key: 'MKT-42',
  projectKey: 'MKT',
  issueType: 'Story',
  createdMs: t('2024-03-01T09:00:00.750Z'),
  statusId: '3',
  labels: ['quick-win'],
  components: ['Web'],
  resolution: null,
  effort: 2,
  disciplineFieldValue: null,
  // Out of order on purpose, with a same-second tie decided by seq.
  changes: [
    { atMs: t('2024-03-05T10:00:00.900Z'), fromStatusId: '2', toStatusId: '3', seq: 9 },
    { atMs: t('2024-03-02T09:00:00.100Z'), fromStatusId: '1', toStatusId: '2', seq: 5 },
    { atMs: t('2024-03-05T10:00:00.200Z'), fromStatusId: '2', toStatusId: '2', seq: 8 },
  ],
  projectMoves: [{ atMs: t('2024-03-03T00:00:00Z'), fromProjectKey: 'IT', toProjectKey: 'MKT' }],
};

describe('stored issue codec', () => {
  it('stores seconds after created, in order, dropping a from that repeats the previous to', () => {
    const stored = encodeIssue(history, { updatedMs: 1_709_600_000_123, secured: true });
    expect(stored).toEqual([
      '10042', 'MKT-42', 'MKT', 'Story', 1_709_283_600, '3', ['quick-win'], ['Web'], null, 2, null, 1_709_600_000_123, 1,
      [[86_400, '2', '1'], [349_200, '2'], [349_200, '3']],
      [[140_400, 'IT', 'MKT']],
    ]);
    expect(storedIssueSchema.safeParse(JSON.parse(JSON.stringify(stored))).success).toBe(true);
  });

  it('decodes to the same history at second precision, with position as seq', () => {
    const back = decodeIssue(encodeIssue(history, { updatedMs: 0, secured: false }));
    expect(back.createdMs).toBe(t('2024-03-01T09:00:00Z'));
    expect(back.changes).toEqual([
      { atMs: t('2024-03-02T09:00:00Z'), fromStatusId: '1', toStatusId: '2', seq: 0 },
      { atMs: t('2024-03-05T10:00:00Z'), fromStatusId: '2', toStatusId: '2', seq: 1 },
      { atMs: t('2024-03-05T10:00:00Z'), fromStatusId: '2', toStatusId: '3', seq: 2 },
    ]);
    expect(back.projectMoves).toEqual([{ atMs: t('2024-03-03T00:00:00Z'), fromProjectKey: 'IT', toProjectKey: 'MKT' }]);
    expect(normalizeHistory(back)).toEqual(back);
  });

  it('keeps links grouped by type and the parent, only when there are any (hand-offs)', () => {
    const linked: IssueHistory = {
      ...history,
      links: [{ issueId: '20001', type: 'Blocks' }, { issueId: '20002', type: 'Relates' }, { issueId: '20003', type: 'Blocks' }],
      parentId: '9000',
    };
    const stored = encodeIssue(linked, { updatedMs: 0, secured: false });
    expect(stored.slice(15)).toEqual([[['Blocks', '20001', '20003'], ['Relates', '20002']], '9000']);
    expect(storedIssueSchema.safeParse(JSON.parse(JSON.stringify(stored))).success).toBe(true);
    const back = decodeIssue(stored);
    expect(back.links).toEqual([{ issueId: '20001', type: 'Blocks' }, { issueId: '20003', type: 'Blocks' }, { issueId: '20002', type: 'Relates' }]);
    expect(back.parentId).toBe('9000');
    expect(normalizeHistory(back)).toEqual(back);
    // Without links or parent the tuple keeps its old length (older stored data reads the same way).
    expect(encodeIssue({ ...history, links: [], parentId: null }, { updatedMs: 0, secured: false })).toHaveLength(15);
    expect(decodeIssue(encodeIssue({ ...history, parentId: null }, { updatedMs: 0, secured: false })).links).toBeUndefined();
    expect(storedIssueSchema.safeParse([...stored.slice(0, 15), [['Blocks']], null]).success).toBe(false);
  });

  it('keeps a null from and a from that breaks the chain', () => {
    const h: IssueHistory = { ...history, projectMoves: [], changes: [
      { atMs: t('2024-03-02T00:00:00Z'), fromStatusId: null, toStatusId: '2' },
      { atMs: t('2024-03-03T00:00:00Z'), fromStatusId: '7', toStatusId: '3' },
    ] };
    const stored = encodeIssue(h, { updatedMs: 0, secured: false });
    expect(stored[13]).toEqual([[54_000, '2', null], [140_400, '3', '7']]);
    expect(decodeIssue(stored).changes.map((c) => c.fromStatusId)).toEqual([null, '7']);
    expect(decodeIssue(stored).projectMoves).toBeUndefined();
  });
});

/** What the figures read of a history: the parts the store rounds. */
const timesOf = (h: IssueHistory): unknown => ({ createdMs: h.createdMs, changes: h.changes, projectMoves: h.projectMoves ?? [] });

describe('toWholeSeconds (what the CLI applies to what it reads) equals what the store keeps', () => {
  it('on the hand-made history: second precision, in order, position as seq', () => {
    expect(timesOf(toWholeSeconds(structuredClone(history)))).toEqual(timesOf(normalizeHistory(history)));
  });

  it('on a packed table (the CLI fast reader), rewriting the issue’s slice only', () => {
    const table: PackedChanges = {
      atMs: Float64Array.of(1, t('2024-03-05T10:00:00.900Z'), t('2024-03-02T09:00:00.100Z'), t('2024-03-05T10:00:00.200Z'), 2),
      seq: Float64Array.of(0, 9, 5, 8, 0),
      from: Int32Array.of(0, 1, 0, 1, 0),
      to: Int32Array.of(0, 2, 1, 1, 0),
      statusIds: ['1', '2', '3'],
    };
    const packed: IssueHistory = { ...structuredClone(history), changes: [], packedChanges: { table, start: 1, count: 3 } };
    toWholeSeconds(packed);
    expect(Array.from(table.atMs)).toEqual([1, t('2024-03-02T09:00:00Z'), t('2024-03-05T10:00:00Z'), t('2024-03-05T10:00:00Z'), 2]);
    expect(Array.from(table.seq)).toEqual([0, 0, 1, 2, 0]);
    expect(Array.from(table.from)).toEqual([0, 0, 1, 1, 0]);
    expect(Array.from(table.to)).toEqual([0, 1, 1, 2, 0]);
    expect(packed.createdMs).toBe(t('2024-03-01T09:00:00Z'));
  });

  it('for any history (property)', () => {
    const change = fc.record({
      atMs: fc.integer({ min: 1_600_000_000_000, max: 1_600_000_100_000 }),
      fromStatusId: fc.option(fc.constantFrom('1', '2', '3'), { nil: null }),
      toStatusId: fc.constantFrom('1', '2', '3'),
      seq: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), fc.integer({ min: 1_599_999_000_000, max: 1_600_000_000_000 }), (changes, createdMs) => {
        const h: IssueHistory = { ...history, createdMs, changes, projectMoves: [{ atMs: createdMs + 1_234_567, fromProjectKey: 'IT', toProjectKey: 'MKT' }] };
        expect(timesOf(toWholeSeconds(structuredClone(h)))).toEqual(timesOf(normalizeHistory(h)));
      }),
    );
  });
});
