import { ISSUE_TYPES, IT, IT_STATUS, MKT, MKT_STATUS, RESOLUTIONS, STATUS_BY_ID, type IssueRecord } from '../../demo-data';
import { buildIssue } from '../testing/build-issue';
import { compileJql } from './compile';
import type { JqlContext } from './context';

const at = (iso: string): number => Date.parse(iso);
const issues: IssueRecord[] = [
  buildIssue({ id: '1', key: 'MKT-1', labels: ['quick-win', 'seo'], createdMs: at('2024-03-01T09:00:00Z'), updatedMs: at('2024-03-05T14:07:00Z') }),
  buildIssue({ id: '2', key: 'MKT-2', statusId: MKT_STATUS.live, resolutionId: '10000', createdMs: at('2024-03-02T09:00:00Z'), updatedMs: at('2024-03-05T14:06:59Z') }),
  buildIssue({ id: '3', key: 'IT-1', projectKey: 'IT', previousKeys: ['MKT-3'], statusId: IT_STATUS.pilot, labels: ['security'], createdMs: at('2024-03-03T09:00:00Z'), updatedMs: at('2024-03-10T09:00:00Z') }),
  buildIssue({ id: '4', key: 'IT-2', projectKey: 'IT', statusId: IT_STATUS.wontDo, resolutionId: '10001', issueTypeId: '10000', createdMs: at('2024-03-04T09:00:00Z'), updatedMs: at('2024-03-04T09:00:00Z') }),
];

function ctx(overrides: Partial<JqlContext> = {}): JqlContext {
  return {
    visibleProjects: [MKT, IT],
    statuses: [...STATUS_BY_ID.values()],
    issueTypes: ISSUE_TYPES,
    resolutions: RESOLUTIONS,
    findVisibleIssue: (key) => issues.find((i) => i.key === key.toUpperCase() || i.previousKeys.includes(key.toUpperCase())),
    nowMs: at('2024-03-12T12:00:00Z'),
    timeZone: 'UTC',
    ...overrides,
  };
}

function keys(jql: string, c: JqlContext = ctx()): string[] {
  const q = compileJql(jql, c);
  return issues.filter(q.matches).sort(q.compare).map((i) => i.key);
}

describe('compileJql: matching', () => {
  it.each([
    ['project = MKT ORDER BY key', ['MKT-1', 'MKT-2']],
    ['project in (mkt, "IT Delivery") ORDER BY id', ['MKT-1', 'MKT-2', 'IT-1', 'IT-2']],
    ['project != MKT ORDER BY key', ['IT-1', 'IT-2']],
    ['status = Pilot', ['IT-1']],
    ['status in (10004, "Won\'t Do") ORDER BY key', ['IT-2', 'MKT-2']],
    ['statusCategory = Done ORDER BY key', ['IT-2', 'MKT-2']],
    ['statusCategory != done ORDER BY key', ['IT-1', 'MKT-1']],
    ['statusCategory in ("To Do", indeterminate) ORDER BY key', ['IT-1', 'MKT-1']],
    ['labels = quick-win', ['MKT-1']],
    ['labels in (seo, security) ORDER BY key', ['IT-1', 'MKT-1']],
    ['labels != seo', ['IT-1']],
    ['labels is EMPTY ORDER BY key', ['IT-2', 'MKT-2']],
    ['labels is not empty ORDER BY key', ['IT-1', 'MKT-1']],
    ['resolution = Unresolved ORDER BY key', ['IT-1', 'MKT-1']],
    ['resolution is not EMPTY AND resolution != Done', ['IT-2']],
    ['issuetype = Epic', ['IT-2']],
    ['type = Story AND project = IT', ['IT-1']],
    ['key in (MKT-2, it-1) ORDER BY key', ['IT-1', 'MKT-2']],
    ['key = MKT-3', ['IT-1']],
    ['id in (1, 4) ORDER BY id DESC', ['IT-2', 'MKT-1']],
    ['NOT project = MKT AND NOT status = Pilot', ['IT-2']],
    ['(project = MKT OR labels = security) AND statusCategory != Done ORDER BY created DESC', ['IT-1', 'MKT-1']],
  ])('%s', (jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });

  it('compares dates to the minute in the user time zone, relative periods and epoch ms', () => {
    expect(keys('updated >= "2024-03-05 14:07" ORDER BY key')).toEqual(['IT-1', 'MKT-1']);
    expect(keys('updated >= "2024/03/05 15:07"', ctx({ timeZone: 'Europe/Berlin' })).sort()).toEqual(['IT-1', 'MKT-1']);
    expect(keys('updated < 2024-03-05 ORDER BY key')).toEqual(['IT-2']);
    expect(keys('updated >= -3d')).toEqual(['IT-1']); // now 2024-03-12 12:00 → since 03-09 12:00
    expect(keys('updated > "-1w 1d" ORDER BY key')).toEqual(['IT-1', 'MKT-1', 'MKT-2']);
    expect(keys(`created <= ${at('2024-03-02T09:00:00Z')} ORDER BY key`)).toEqual(['MKT-1', 'MKT-2']);
    expect(keys('updated = "2024-03-05 14:06" ')).toEqual(['MKT-2']);
  });

  it('orders by several keys, newest first by default', () => {
    expect(keys('project in (MKT, IT)')).toEqual(['IT-2', 'IT-1', 'MKT-2', 'MKT-1']);
    expect(keys('project in (MKT, IT) ORDER BY updated DESC')).toEqual(['IT-1', 'MKT-1', 'MKT-2', 'IT-2']);
  });
});

describe('compileJql: errors in Jira wording', () => {
  it.each([
    ['ORDER BY key', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['status = Shipped', "The value 'Shipped' does not exist for the field 'status'."],
    ['statusCategory = Finished', "The value 'Finished' does not exist for the field 'statusCategory'."],
    ['issuetype = Bug', "The value 'Bug' does not exist for the field 'issuetype'."],
    ['key = MKT-99', "An issue with key 'MKT-99' does not exist for field 'key'."],
    ['key = 12', "The issue key '12' for field 'key' is invalid."],
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['reporter = currentUser()', "Error in the JQL Query: The Jira emulator does not support searching by the field 'reporter'. Supported fields: project, status, statusCategory, labels, issuetype, resolution, key, id, assignee, summary, created, updated. (line 1, character 1)"],
    ['summary = seo', "The operator '=' is not supported by the 'summary' field."],
    ['labels = currentUser()', "Error in the JQL Query: The Jira emulator does not support the function 'currentUser'. Use literal values instead. (line 1, character 10)"],
    ['project ~ MKT', "The operator '~' is not supported by the 'project' field."],
    ['project > MKT', "The operator '>' is not supported by the 'project' field."],
    ['project in MKT', "The operator 'IN' requires a list of values in parentheses for field 'project'."],
    ['project = (MKT, IT)', "The operator '=' does not support a list of values for field 'project'."],
    ['updated >= yesterday', "Date value 'yesterday' for field 'updated' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'."],
    ['created >= 2024-02-30', "Date value '2024-02-30' for field 'created' is invalid."],
    ['project = MKT ORDER BY summary', "Error in the JQL Query: The Jira emulator cannot order by 'summary'. It orders by key, id, created and updated. (line 1, character 24)"],
    ['project = MKT ORDER BY nonsense', "Field 'nonsense' does not exist or you do not have permission to view it."],
  ])('%s', (jql, message) => {
    expect(() => compileJql(jql, ctx())).toThrow(message);
  });

  it('treats projects the user cannot browse as non-existent, and their keys too', () => {
    const mktOnly = ctx({ visibleProjects: [MKT], findVisibleIssue: (k) => issues.find((i) => i.key === k && i.projectKey === 'MKT') });
    expect(() => compileJql('project in (MKT, IT)', mktOnly)).toThrow("The value 'IT' does not exist for the field 'project'.");
    expect(() => compileJql('key = IT-1', mktOnly)).toThrow("An issue with key 'IT-1' does not exist for field 'key'.");
  });
});

describe('compileJql: assignee and summary text (the board\'s narrowed quick filters)', () => {
  const people: IssueRecord[] = [
    buildIssue({ id: '11', key: 'MKT-11', summary: 'Landing page experiment for spring', assigneeAccountId: 'acc-mia' }),
    buildIssue({ id: '12', key: 'MKT-12', summary: 'Checkout flow change', assigneeAccountId: 'acc-ivan' }),
    buildIssue({ id: '13', key: 'MKT-13', summary: 'Spring landing copy', assigneeAccountId: null }),
  ];
  const match = (jql: string): string[] => people.filter(compileJql(jql, ctx()).matches).map((i) => i.key);

  it.each([
    ['assignee = "acc-mia"', ['MKT-11']],
    ['assignee in ("acc-mia", "acc-ivan")', ['MKT-11', 'MKT-12']],
    ['assignee is EMPTY', ['MKT-13']],
    ['(assignee in ("acc-ivan") OR assignee is EMPTY)', ['MKT-12', 'MKT-13']],
    ['summary ~ "landing"', ['MKT-11', 'MKT-13']],
    ['summary ~ "spring land"', ['MKT-11', 'MKT-13']],
    ['summary ~ "LANDING experiment"', ['MKT-11']],
    ['summary !~ "landing"', ['MKT-12']],
    ['summary ~ "anding"', []],
  ])('%s', (jql, expected) => {
    expect(match(jql)).toEqual(expected);
  });
});
