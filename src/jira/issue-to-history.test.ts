import { issueToHistory, fieldText, statusChangesFrom } from './issue-to-history';
import { isJiraIssueShape, jiraBulkChangelogResponseSchema, jiraIssueSchema, type JiraChangeHistory } from './schemas/issue';

function rawIssue(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '10001',
    key: 'MKT-1',
    fields: {
      created: '2024-03-01T09:00:00.000+0000',
      status: { id: '3', name: 'Pilot', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' } },
      project: { id: '100', key: 'MKT' },
      issuetype: { id: '1', name: 'Story' },
      labels: ['quick-win'],
      components: [{ id: '5', name: 'Web' }],
      resolution: null,
      customfield_10016: 3,
      customfield_10100: { id: '7', value: 'Marketing' },
    },
    changelog: {
      histories: [
        { id: '2', created: '2024-03-05T14:07:33.512+0000', items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '2', to: '3' }] },
        {
          id: '1',
          created: '2024-03-02T10:00:00.000+0100',
          items: [
            { field: 'labels', fieldtype: 'jira', from: null, to: null, fromString: '', toString: 'quick-win' },
            { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', to: '2' },
          ],
        },
      ],
    },
    ...over,
  };
}

describe('jiraIssueSchema', () => {
  it('accepts a search/jql issue bean and keeps custom fields', () => {
    const issue = jiraIssueSchema.parse(rawIssue());
    expect(issue.fields['customfield_10016']).toBe(3);
    expect(issue.changelog?.histories).toHaveLength(2);
  });

  it('names the field of a bad timestamp', () => {
    const bad = rawIssue();
    (bad['fields'] as Record<string, unknown>)['created'] = '2024-03-01 09:00';
    const r = jiraIssueSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['fields', 'created']);
    expect(r.error?.issues[0]?.message).toContain('must be a Jira timestamp');
  });

  it('requires a status id and project key', () => {
    const bad = rawIssue();
    (bad['fields'] as Record<string, unknown>)['status'] = { name: 'Idea' };
    const r = jiraIssueSchema.safeParse(bad);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['fields.status.id']);
  });

  it('parses a bulkfetch page', () => {
    const page = jiraBulkChangelogResponseSchema.parse({
      issueChangeLogs: [{ issueId: '10001', changeHistories: [{ id: '9', created: '2024-03-05T14:07:33.512+0000', items: [] }] }],
    });
    expect(page.issueChangeLogs[0]?.changeHistories[0]?.id).toBe('9');
    expect(page.nextPageToken).toBeUndefined();
  });
});

describe('issueToHistory', () => {
  it('converts the search shape, reading only status items', () => {
    const h = issueToHistory(jiraIssueSchema.parse(rawIssue()), undefined, {
      effortFieldId: 'customfield_10016',
      disciplineFieldId: 'customfield_10100',
    });
    expect(h).toEqual({
      id: '10001',
      key: 'MKT-1',
      projectKey: 'MKT',
      issueType: 'Story',
      createdMs: Date.UTC(2024, 2, 1, 9),
      statusId: '3',
      labels: ['quick-win'],
      components: ['Web'],
      resolution: null,
      effort: 3,
      disciplineFieldValue: 'Marketing',
      changes: [
        { atMs: Date.UTC(2024, 2, 5, 14, 7, 33, 512), fromStatusId: '2', toStatusId: '3', seq: 2 * 1024 },
        { atMs: Date.UTC(2024, 2, 2, 9), fromStatusId: '1', toStatusId: '2', seq: 1 * 1024 + 1 },
      ],
      statusNames: { '3': 'Pilot' },
    });
  });

  it('reads project moves from Key items and status names from the items', () => {
    const raw = rawIssue({
      key: 'IT-9',
      changelog: {
        histories: [
          {
            id: '12',
            created: '2024-03-06T08:00:00.000+0000',
            items: [
              { field: 'project', fieldtype: 'jira', fieldId: 'project', from: '100', fromString: 'Marketing', to: '200', toString: 'IT' },
              { field: 'Key', fieldtype: 'jira', from: null, fromString: 'MKT-1', to: null, toString: 'IT-9' },
              { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '3', fromString: 'Pilot', to: '10005', toString: 'Piloting' },
            ],
          },
        ],
      },
    });
    const h = issueToHistory(jiraIssueSchema.parse(raw), undefined);
    expect(h.projectMoves).toEqual([{ atMs: Date.UTC(2024, 2, 6, 8), fromProjectKey: 'MKT', toProjectKey: 'IT' }]);
    expect(h.statusNames).toEqual({ '3': 'Pilot', '10005': 'Piloting' });
    expect(h.changes).toEqual([{ atMs: Date.UTC(2024, 2, 6, 8), fromStatusId: '3', toStatusId: '10005', seq: 12 * 1024 + 2 }]);
  });

  it('prefers the bulkfetch histories passed in, and reads each history once', () => {
    const bulk: JiraChangeHistory[] = [
      { id: '7', created: '2024-03-03T00:00:00.000Z', items: [{ field: 'status', fieldId: 'status', from: '1', to: '4' }] },
      { id: '7', created: '2024-03-03T00:00:00.000Z', items: [{ field: 'status', fieldId: 'status', from: '1', to: '4' }] },
    ];
    const h = issueToHistory(jiraIssueSchema.parse(rawIssue()), bulk);
    expect(h.changes).toEqual([{ atMs: Date.UTC(2024, 2, 3), fromStatusId: '1', toStatusId: '4', seq: 7 * 1024 }]);
    expect(h.effort).toBeNull();
    expect(h.disciplineFieldValue).toBeNull();
  });

  it('uses the issue-level changeHistories shape', () => {
    const raw = rawIssue({
      changelog: undefined,
      changeHistories: [{ id: '3', created: '2024-03-04T00:00:00.000-0200', items: [{ field: 'status', from: null, to: '2' }] }],
    });
    const h = issueToHistory(jiraIssueSchema.parse(raw), undefined);
    expect(h.changes).toEqual([{ atMs: Date.UTC(2024, 2, 4, 2), fromStatusId: null, toStatusId: '2', seq: 3 * 1024 }]);
  });

  it('defaults missing optional fields', () => {
    const raw = rawIssue();
    const fields = raw['fields'] as Record<string, unknown>;
    delete fields['labels'];
    delete fields['components'];
    delete fields['issuetype'];
    fields['resolution'] = { name: "Won't Do" };
    const h = issueToHistory(jiraIssueSchema.parse(raw), [], { effortFieldId: 'customfield_404' });
    expect([h.labels, h.components, h.issueType, h.resolution, h.effort, h.changes]).toEqual([[], [], '', "Won't Do", null, []]);
  });

  it('skips status items without a target and keeps several status items of one history', () => {
    const changes = statusChangesFrom([
      {
        id: '5',
        created: '2024-01-01T00:00:00.000+0000',
        items: [
          { fieldId: 'status', from: '1', to: null },
          { fieldId: 'status', from: '1', to: '2' },
          { fieldId: 'status', from: '2', to: '3' },
          { field: 'Status', fieldId: 'customfield_1', from: '2', to: '3' },
        ],
      },
    ]);
    expect(changes.map((c) => [c.fromStatusId, c.toStatusId, c.seq])).toEqual([
      ['1', '2', 5 * 1024 + 1],
      ['2', '3', 5 * 1024 + 2],
    ]);
  });
});

describe('fieldText', () => {
  it.each([
    ['IT', 'IT'],
    ['', null],
    [3, '3'],
    [{ value: 'Marketing' }, 'Marketing'],
    [{ name: 'Web' }, 'Web'],
    [[{ value: 'IT' }, { value: 'Marketing' }], 'IT'],
    [[], null],
    [null, null],
    [{ other: 1 }, null],
    // A user-picker value never becomes a discipline: no account ID or name reaches storage.
    [{ accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Alice Moreau', emailAddress: 'alice@example.com', active: true }, null],
  ])('%j → %j', (value, expected) => {
    expect(fieldText(value)).toBe(expected);
  });
});

describe('isJiraIssueShape agrees with jiraIssueSchema', () => {
  const mutations: [string, (raw: Record<string, unknown>) => void][] = [
    ['valid', () => undefined],
    ['no id', (r) => delete r['id']],
    ['empty key', (r) => (r['key'] = '')],
    ['fields missing', (r) => delete r['fields']],
    ['bad created', (r) => ((r['fields'] as Record<string, unknown>)['created'] = '2024-03-01')],
    ['status without id', (r) => ((r['fields'] as Record<string, unknown>)['status'] = { name: 'x' })],
    ['status name null', (r) => ((r['fields'] as Record<string, unknown>)['status'] = { id: '1', name: null })],
    ['category id text', (r) => ((r['fields'] as Record<string, unknown>)['status'] = { id: '1', statusCategory: { id: '4' } })],
    ['project key number', (r) => ((r['fields'] as Record<string, unknown>)['project'] = { key: 5 })],
    ['issuetype without name', (r) => ((r['fields'] as Record<string, unknown>)['issuetype'] = { id: '1' })],
    ['labels with a number', (r) => ((r['fields'] as Record<string, unknown>)['labels'] = ['a', 1])],
    ['components not named', (r) => ((r['fields'] as Record<string, unknown>)['components'] = [{ id: '1' }])],
    ['resolution text', (r) => ((r['fields'] as Record<string, unknown>)['resolution'] = 'Done')],
    ['histories not an array', (r) => (r['changelog'] = { histories: {} })],
    ['history bad created', (r) => (r['changelog'] = { histories: [{ created: 'x', items: [] }] })],
    ['item to number', (r) => (r['changelog'] = { histories: [{ created: '2024-03-01T00:00:00Z', items: [{ field: 'status', to: 3 }] }] })],
    ['bulk shape ok', (r) => (r['changeHistories'] = [{ id: '1', created: '2024-03-01T00:00:00Z', items: [{ field: 'status', from: null, to: '2' }] }])],
    ['bulk shape bad', (r) => (r['changeHistories'] = [{ id: 1, created: '2024-03-01T00:00:00Z', items: [] }])],
    ['array', (r) => Object.assign(r, { fields: [] })],
  ];
  it.each(mutations)('%s', (_name, mutate) => {
    const raw = rawIssue();
    mutate(raw);
    expect(isJiraIssueShape(raw)).toBe(jiraIssueSchema.safeParse(raw).success);
  });
});

describe('extractHistory reads repeated histories once', () => {
  it('by id text: 012 and 12 differ, a repeat after an older id is dropped', () => {
    const h = (id: string, at: string): JiraChangeHistory => ({ id, created: at, items: [{ fieldId: 'status', from: '1', to: id }] });
    const changes = statusChangesFrom([h('12', '2024-03-05T00:00:00Z'), h('012', '2024-03-06T00:00:00Z'), h('7', '2024-03-04T00:00:00Z'), h('12', '2024-03-05T00:00:00Z')]);
    expect(changes.map((c) => [c.toStatusId, c.seq])).toEqual([
      ['12', 12 * 1024],
      ['012', 12 * 1024],
      ['7', 7 * 1024],
    ]);
  });
});
