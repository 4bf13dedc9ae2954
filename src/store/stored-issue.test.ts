import type { IssueHistory } from '../domain/model/issue-history';
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
