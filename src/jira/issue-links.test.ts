import { linksOf, parentIdOf } from './issue-links';

const blocks = { id: '1', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };

describe('linksOf (fields.issuelinks)', () => {
  it('takes the other issue from either side, as Jira sends it on an issue', () => {
    expect(
      linksOf([
        { id: '500', type: blocks, outwardIssue: { id: '20001', key: 'IT-7', fields: { status: { id: '12' } } } },
        { id: '501', type: { name: 'Relates' }, inwardIssue: { id: '20002', key: 'IT-8' } },
      ]),
    ).toEqual([
      { issueId: '20001', type: 'Blocks' },
      { issueId: '20002', type: 'Relates' },
    ]);
  });

  it('keeps a link written with both sides (OpenAPI IssueLink) whichever side the issue is on', () => {
    // On MKT-3 (10005) the other issue is the inward one; the issue itself (outward) is kept too and no hand-off counts it.
    expect(linksOf([{ type: blocks, inwardIssue: { id: '10006' }, outwardIssue: { id: '10005' } }])).toEqual([
      { issueId: '10005', type: 'Blocks' },
      { issueId: '10006', type: 'Blocks' },
    ]);
    expect(linksOf([{ type: blocks, inwardIssue: { id: '7' }, outwardIssue: { id: '7' } }])).toEqual([{ issueId: '7', type: 'Blocks' }]);
  });

  it('skips entries without a type name or another issue, and is undefined without the field', () => {
    expect(linksOf([{ outwardIssue: { id: '1' } }, { type: { name: '' }, inwardIssue: { id: '2' } }, { type: blocks, outwardIssue: {} }, 'IT-9', null])).toEqual([]);
    expect(linksOf(undefined)).toBeUndefined();
    expect(linksOf(null)).toBeUndefined();
  });
});

describe('parentIdOf (fields.parent)', () => {
  it('reads the parent ID, null without one, undefined without the field', () => {
    expect(parentIdOf({ id: '9000', key: 'MKT-900', fields: { issuetype: { name: 'Epic' } } })).toBe('9000');
    expect(parentIdOf({ key: 'MKT-900' })).toBeNull();
    expect(parentIdOf(null)).toBeNull();
    expect(parentIdOf(undefined)).toBeUndefined();
  });
});
