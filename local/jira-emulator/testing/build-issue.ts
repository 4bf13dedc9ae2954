import { ISSUE_TYPE, MKT_STATUS, type IssueRecord } from '../../demo-data';

let nextId = 90000;

/** A hand-made issue for tests: MKT Idea, created 2024-03-05 14:07 UTC, with overrides. */
export function buildIssue(overrides: Partial<IssueRecord> = {}): IssueRecord {
  const id = String(nextId++);
  const createdMs = Date.parse('2024-03-05T14:07:00.000Z');
  return {
    id,
    key: `MKT-${id}`,
    projectKey: 'MKT',
    previousKeys: [],
    issueTypeId: ISSUE_TYPE.story,
    summary: `Test issue ${id}`,
    statusId: MKT_STATUS.idea,
    resolutionId: null,
    resolutionMs: null,
    labels: [],
    componentIds: [],
    priorityId: '3',
    assigneeAccountId: null,
    reporterAccountId: '5b10ac8d82e05b22cc7d4ef5',
    storyPoints: null,
    securityLevelId: null,
    flagged: false,
    parentId: null,
    createdMs,
    updatedMs: createdMs,
    statusCategoryChangedMs: createdMs,
    histories: [],
    ...overrides,
  };
}
