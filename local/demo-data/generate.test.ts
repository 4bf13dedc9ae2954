import { IT_WORKFLOW, MKT_WORKFLOW, STATUS_BY_ID, SECURITY_RESTRICTED, type WorkflowDef } from './catalog';
import { demoIssueCountFromEnv, generateDemoData } from './generate';
import { QUICK_WIN_LABEL } from './issue-attributes';
import type { IssueRecord } from './model';

const nowMs = Date.parse('2025-06-30T12:00:00.000Z');
const data = generateDemoData({ nowMs, issueCount: 1500, seed: 42 });
const workflowOf = (projectKey: string): WorkflowDef => (projectKey === 'MKT' ? MKT_WORKFLOW : IT_WORKFLOW);

/** The status walk of an issue: initial status, then each status change's (from, to). */
function statusSteps(issue: IssueRecord): Array<{ from: string; to: string; move: boolean }> {
  return issue.histories.flatMap((h) =>
    h.items
      .filter((i) => i.fieldId === 'status')
      .map((i) => ({ from: i.from ?? '', to: i.to ?? '', move: h.items.some((x) => x.field === 'Key') })),
  );
}

describe('generateDemoData', () => {
  it('is reproducible for a seed and different for another', () => {
    const again = generateDemoData({ nowMs, issueCount: 1500, seed: 42 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateDemoData({ nowMs, issueCount: 1500, seed: 43 });
    expect(other.issues.map((i) => i.statusId)).not.toEqual(data.issues.map((i) => i.statusId));
  });

  it('creates the requested number of issues with ascending IDs and unique keys over two years', () => {
    expect(data.issues).toHaveLength(1500);
    expect(data.issues[0]?.id).toBe('10000');
    expect(data.nextIssueId).toBe(11500);
    const keys = new Set(data.issues.flatMap((i) => [i.key, ...i.previousKeys]));
    expect(keys.size).toBe(1500 + data.issues.filter((i) => i.previousKeys.length > 0).length);
    const first = data.issues[0]?.createdMs ?? 0;
    expect(nowMs - first).toBeGreaterThan(700 * 86_400_000);
    expect(nowMs - first).toBeLessThanOrEqual(730 * 86_400_000);
  });

  it('only walks transitions the workflows allow (moves between projects aside) and ends in the current status', () => {
    for (const issue of data.issues) {
      const steps = statusSteps(issue);
      let current = steps[0]?.from ?? issue.statusId;
      let project = issue.previousKeys.length > 0 ? 'MKT' : issue.projectKey;
      for (const step of steps) {
        expect(step.from).toBe(current);
        if (step.move) project = 'IT';
        else {
          const allowed = workflowOf(project).transitions.some((t) => t.toStatusId === step.to && t.fromStatusIds.includes(step.from));
          if (!allowed) throw new Error(`${issue.key}: ${step.from} → ${step.to} is not a ${project} transition`);
        }
        current = step.to;
      }
      expect(current).toBe(issue.statusId);
    }
  });

  it('keeps histories in time order between creation and now, and `updated` at the last change', () => {
    for (const issue of data.issues) {
      let previous = issue.createdMs;
      for (const h of issue.histories) {
        expect(h.createdMs).toBeGreaterThanOrEqual(previous);
        previous = h.createdMs;
      }
      expect(previous).toBeLessThan(nowMs);
      expect(issue.updatedMs).toBe(previous);
    }
  });

  it('sets resolutions exactly on Done-category statuses', () => {
    for (const issue of data.issues) {
      const status = STATUS_BY_ID.get(issue.statusId);
      expect(issue.resolutionId).toBe(status?.resolutionId ?? null);
    }
  });

  it('has a believable mix: quick wins ~10 %, reopens, skips, late starts, moves, restricted IT work, stale ideas', () => {
    const share = (pred: (i: IssueRecord) => boolean): number => data.issues.filter(pred).length / data.issues.length;
    expect(share((i) => i.labels.includes(QUICK_WIN_LABEL))).toBeGreaterThan(0.08);
    expect(share((i) => i.labels.includes(QUICK_WIN_LABEL))).toBeLessThan(0.12);
    const backward = (i: IssueRecord): boolean =>
      statusSteps(i).some((s) => !s.move && (STATUS_BY_ID.get(s.to)?.category === 'new' || s.from === '10004' || s.from === '10105'));
    expect(share(backward)).toBeGreaterThan(0.03);
    expect(share((i) => statusSteps(i).some((s) => s.from === '10000' && s.to === '10002'))).toBeGreaterThan(0.03);
    expect(share((i) => i.histories.length === 0 && STATUS_BY_ID.get(i.statusId)?.category !== 'new')).toBeGreaterThan(0.005);
    expect(share((i) => i.previousKeys.length > 0)).toBeGreaterThan(0.01);
    const restricted = data.issues.filter((i) => i.securityLevelId === SECURITY_RESTRICTED);
    expect(restricted.length).toBeGreaterThan(30);
    expect(restricted.every((i) => i.projectKey === 'IT')).toBe(true);
    const everIn = (statusId: string) => (i: IssueRecord): boolean =>
      statusSteps(i).some((s) => s.from === statusId || s.to === statusId) || i.statusId === statusId;
    expect(share(everIn('10000'))).toBeGreaterThan(2 * share(everIn('10003')));
    expect(share((i) => i.statusId === '10000' && nowMs - i.updatedMs > 90 * 86_400_000)).toBeGreaterThan(0.02);
  });

  it('records a move with project, Key and status items and keeps the old key', () => {
    const moved = data.issues.find((i) => i.previousKeys.length > 0);
    const move = moved?.histories.find((h) => h.items.some((x) => x.field === 'Key'));
    expect(move?.items.map((x) => x.field)).toEqual(expect.arrayContaining(['project', 'Key', 'Workflow', 'status']));
    expect(move?.items.find((x) => x.field === 'Key')).toMatchObject({ fromString: moved?.previousKeys[0], toString: moved?.key });
  });

  it('refuses a negative count', () => {
    expect(() => generateDemoData({ nowMs, issueCount: -1 })).toThrow('issueCount must be a whole number ≥ 0, got -1');
  });
});

describe('demoIssueCountFromEnv', () => {
  it('defaults to 1,500 and reads SQUADFLOW_DEMO_ISSUES', () => {
    expect(demoIssueCountFromEnv({})).toBe(1500);
    expect(demoIssueCountFromEnv({ SQUADFLOW_DEMO_ISSUES: '100_000' })).toBe(100000);
    expect(() => demoIssueCountFromEnv({ SQUADFLOW_DEMO_ISSUES: 'lots' })).toThrow('SQUADFLOW_DEMO_ISSUES must be a whole number ≥ 0, got "lots"');
  });
});
