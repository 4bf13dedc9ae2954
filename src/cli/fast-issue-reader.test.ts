import fc from 'fast-check';
import { generateIssueJson } from '../../bench/generate-issues';
import { FastIssueReader, PAGE } from './fast-issue-reader';
import { readIssues, type ReadIssuesOptions } from './read-issues';

const OPTS: ReadIssuesOptions = { effortFieldId: 'customfield_10016', disciplineFieldId: 'customfield_10100' };

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

function outcome(text: string, opts: ReadIssuesOptions): Outcome {
  try {
    // Plain data on both sides: the fast path's issues keep their changes column-wise.
    return { ok: true, value: JSON.parse(JSON.stringify(readIssues(Buffer.from(text), 'in.json', opts))) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The fast reader must give exactly what JSON.parse + zod + issueToHistory give. */
function expectSameAsSlow(text: string, opts: ReadIssuesOptions = OPTS): Outcome {
  const fast = outcome(text, opts);
  expect(fast).toEqual(outcome(text, { ...opts, slowOnly: true }));
  return fast;
}

const history = (id: string, created: string, items: object[]): object => ({ id, author: { accountId: 'x', displayName: 'Zoë "Z" Ünal' }, created, items });
const status = (from: string | null, to: string | null, extra: object = {}): object => ({ field: 'status', fieldtype: 'jira', fieldId: 'status', from, fromString: 'A', to, toString: 'B', ...extra });

function issue(over: Record<string, unknown> = {}, fieldsOver: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    expand: 'renderedFields,names',
    id: '10001',
    self: 'https://example.atlassian.net/rest/api/3/issue/10001',
    key: 'MKT-1',
    fields: {
      summary: 'Caf\u00e9 \\ "quoted" \u2014 launch',
      created: '2024-03-01T09:00:00.000+0100',
      status: { id: '3', name: 'Pilot', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' } },
      project: { id: '100', key: 'MKT', name: 'Marketing', avatarUrls: { '48x48': 'https://x' } },
      issuetype: { id: '1', name: 'Story', subtask: false },
      labels: ['quick-win', 'Ünïcode'],
      components: [{ id: '5', name: 'Web' }],
      resolution: null,
      customfield_10016: 3.5,
      customfield_10100: { self: 'x', value: 'Marketing', id: '7' },
      customfield_20000: [1, { a: [true, false, null] }, -2.5e-3],
      issuelinks: [
        { id: '500', self: 'x', type: { id: '1', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, outwardIssue: { id: '20001', key: 'IT-7', fields: { summary: 'API "v2"', status: { id: '12' } } } },
        { id: '501', type: { id: '2', name: 'Relates', inward: 'relates to', outward: 'relates to' }, inwardIssue: { key: 'IT-8', id: '20002' } },
      ],
      parent: { id: '9000', key: 'MKT-900', fields: { summary: 'Spring campaign', issuetype: { name: 'Epic' } } },
      ...fieldsOver,
    },
    changelog: {
      startAt: 0,
      maxResults: 3,
      total: 3,
      histories: [
        history('2', '2024-03-05T14:07:33.512+0000', [status('2', '3'), { field: 'labels', fieldtype: 'jira', from: null, fromString: '', to: null, toString: 'quick-win' }]),
        history('1', '2024-03-02T10:00:00.000+0100', [{ field: 'Key', fieldtype: 'jira', from: null, fromString: 'IT-4', to: null, toString: 'MKT-1' }, status('1', '2')]),
        history('1', '2024-03-02T10:00:00.000+0100', [status('1', '2')]),
      ],
    },
    ...over,
  };
}

describe('FastIssueReader agrees with JSON.parse + zod + issueToHistory', () => {
  it('on generated search pages', () => {
    const issues = [...generateIssueJson({ count: 300, changesPerIssue: 10, seed: 3 })];
    const out = expectSameAsSlow(`{"issues":[${issues.join(',')}],"isLast":true}`);
    expect(out.ok && (out.value as { issues: unknown[] }).issues).toHaveLength(300);
  });

  it.each([
    ['a full issue', issue()],
    ['bulkfetch shape wins over changelog', issue({ changeHistories: [history('9', '2024-03-03T00:00:00Z', [status(null, '4')])] })],
    ['no optional fields', issue({ changelog: undefined }, { labels: undefined, components: undefined, issuetype: undefined, resolution: undefined, customfield_10016: undefined, customfield_10100: undefined })],
    ['resolution and numeric-string effort', issue({}, { resolution: { id: '1', name: "Won't Do" }, customfield_10016: ' 8 ' })],
    ['non-numeric effort', issue({}, { customfield_10016: 'large' })],
    ['effort object', issue({}, { customfield_10016: { value: 3 } })],
    ['discipline as text', issue({}, { customfield_10100: 'IT' })],
    ['discipline as number', issue({}, { customfield_10100: 42 })],
    ['discipline as multi-select', issue({}, { customfield_10100: [{ value: '' , name: 'Brand' }, { value: 'IT' }] })],
    ['discipline empty', issue({}, { customfield_10100: [] })],
    ['discipline boolean', issue({}, { customfield_10100: true })],
    ['escaped status name', issue({}, { status: { id: '3', name: 'Pilot \\"beta\\" \u00e9' } })],
    [
      'odd history ids: leading zero, text, repeats out of order',
      issue({
        changelog: {
          histories: [
            history('12', '2024-03-05T00:00:00Z', [status('1', '2')]),
            history('012', '2024-03-06T00:00:00Z', [status('2', '3')]),
            history('abc', '2024-03-07T00:00:00Z', [status('3', '4')]),
            history('7', '2024-03-04T00:00:00Z', [status('9', '1')]),
            history('12', '2024-03-05T00:00:00Z', [status('1', '2')]),
            history('0', '2024-03-08T00:00:00Z', [status('4', '1')]),
          ],
        },
      }),
    ],
    ['history without id', issue({ changelog: { histories: [{ created: '2024-03-05T14:07:33Z', items: [status('1', '3')] }] } })],
    ['status item without target', issue({ changelog: { histories: [history('4', '2024-03-05T14:07:33Z', [status('1', null), status('1', '')])] } })],
    ['toString not a string', issue({ changelog: { histories: [history('4', '2024-03-05T14:07:33Z', [status('1', '2', { toString: 5 })])] } })],
    [
      'key moves by fieldId, status-named custom fields, escaped field names',
      issue({
        changelog: {
          histories: [
            history('6', '2024-03-04T00:00:00Z', [
              { fieldId: 'key', fromString: 'IT-4', toString: 'MKT-1' },
              { field: 'status', fieldId: 'customfield_1', from: '1', to: '2' },
              { field: 'st\u0061tus', from: '1', to: '2', toString: 'Esc' },
              { field: 'Key', fieldId: 'issuekey', fromString: 'OPS-1', toString: 'IT-4' },
            ]),
          ],
        },
      }),
    ],
    ['no links or parent', issue({}, { issuelinks: undefined, parent: undefined })],
    ['parent null, no links', issue({}, { issuelinks: [], parent: null })],
    ['parent without id', issue({}, { parent: { key: 'MKT-1' } })],
    ['parent id empty or numeric', issue({}, { parent: { id: 9000 } })],
    ['parent as text', issue({}, { parent: 'MKT-1' })],
    ['issuelinks null', issue({}, { issuelinks: null })],
    [
      'links with both sides (OpenAPI IssueLink): the issue itself on either side, the same ID twice',
      issue({}, {
        issuelinks: [
          { type: { name: 'Blocks' }, inwardIssue: { id: '20003' }, outwardIssue: { id: '10001' } },
          { type: { name: 'Relates' }, outwardIssue: { id: '20004' }, inwardIssue: { id: '10001' } },
          { type: { name: 'Clones' }, outwardIssue: { id: '20005' }, inwardIssue: { id: '20005' } },
          { type: { name: 'Blocks' }, outwardIssue: {}, inwardIssue: { id: '20006' } },
        ],
      }),
    ],
    [
      'odd links: no type, null outward, empty id, numeric id, not an object, escaped name',
      issue({}, {
        issuelinks: [
          { outwardIssue: { id: '1' } },
          { type: { name: 'Blocks' }, outwardIssue: null, inwardIssue: { id: '2' } },
          { type: { name: 'Blocks' }, outwardIssue: {}, inwardIssue: { id: '3' } },
          { type: { name: '' }, outwardIssue: { id: '4' } },
          { type: { name: 'Blocks' }, inwardIssue: { id: '' } },
          { type: null, inwardIssue: { id: '5' } },
          { type: { name: 'Cl\u006fnes' }, inwardIssue: { id: '6' } },
          { type: { name: 'Blocks' }, inwardIssue: { id: 7 } },
          'IT-9',
        ],
      }),
    ],
    ['an issue that is a page inside an array', null],
  ])('%s', (_name, value) => {
    if (value === null) {
      expectSameAsSlow(JSON.stringify([{ issues: [issue()] }, issue({ id: '10002', key: 'MKT-2' })]));
      return;
    }
    const text = JSON.stringify(value);
    expectSameAsSlow(text);
    expectSameAsSlow(`${text}\n${text.replace('"10001"', '"10002"')}\n`);
    expectSameAsSlow(JSON.stringify({ issues: [value] }), { effortFieldId: 'customfield_10016' });
  });

  it.each([
    ['id as number', issue({ id: 10001 })],
    ['empty key', issue({ key: '' })],
    ['bad created', issue({}, { created: '2024-03-01' })],
    ['status name null', issue({}, { status: { id: '3', name: null } })],
    ['category id as text', issue({}, { status: { id: '3', statusCategory: { id: '4' } } })],
    ['project without key', issue({}, { project: { id: '1' } })],
    ['issuetype null', issue({}, { issuetype: null })],
    ['labels null', issue({}, { labels: null })],
    ['component without name', issue({}, { components: [{ id: '1' }] })],
    ['history created missing', issue({ changelog: { histories: [{ id: '1', items: [] }] } })],
    ['item from as number', issue({ changelog: { histories: [history('1', '2024-03-05T14:07:33Z', [status('1', '2', { from: 1 })])] } })],
    ['changelog without histories', issue({ changelog: { total: 0 } })],
  ])('refuses what the schema refuses, with the same message: %s', (_name, value) => {
    const r = expectSameAsSlow(JSON.stringify({ issues: [value] }));
    expect(r.ok).toBe(false);
    expect(new FastIssueReader({ ...OPTS, statusNames: {} }).read(Buffer.from(JSON.stringify(value)), 0)).toBeNull();
  });

  it('reads links and the parent itself (no fallback for the usual shapes)', () => {
    const read = new FastIssueReader({ ...OPTS, statusNames: {} }).read(Buffer.from(JSON.stringify(issue())), 0);
    expect(read).not.toBeNull();
    expect(read !== null && read !== PAGE && read.links).toEqual([{ issueId: '20001', type: 'Blocks' }, { issueId: '20002', type: 'Relates' }]);
    expect(read !== null && read !== PAGE && read.parentId).toBe('9000');
  });

  it('says PAGE for a search page', () => {
    expect(new FastIssueReader({ statusNames: {} }).read(Buffer.from('{"startAt":0,"issues":[]}'), 0)).toBe(PAGE);
  });

  it('agrees on damaged input (fuzz: bytes deleted, inserted or changed)', () => {
    const two = [issue(), issue({ id: '10002', key: 'MKT-2' })];
    const bases = [JSON.stringify({ issues: two }), JSON.stringify(two), two.map((i) => JSON.stringify(i)).join('\n'), JSON.stringify([{ issues: two }, { issues: [] }])];
    const alphabet = ['"', '\\', '{', '}', '[', ']', ',', ':', '0', 'a', ' ', '\n', 'e', '-', '.', 'n', 'u', '\u0001'];
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.nat(4000), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...alphabet), (base, n, op, ch) => {
        const at = n % base.length;
        const text = op === 'delete' ? base.slice(0, at) + base.slice(at + 1) : op === 'insert' ? base.slice(0, at) + ch + base.slice(at) : base.slice(0, at) + ch + base.slice(at + 1);
        // Both fail (the wording of a JSON syntax error may differ by route) or both agree.
        const fast = outcome(text, OPTS);
        const slow = outcome(text, { ...OPTS, slowOnly: true });
        if (slow.ok) expect(fast).toEqual(slow);
        else expect(fast.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
