import { statusItem } from '../demo-data';
import { SerialRunner, toForgeIssueEvent, toForgeLinkEvent } from './issue-events';

describe('toForgeLinkEvent', () => {
  it('names the outward issue as the source and the inward one as the destination, IDs only', () => {
    const link = { id: '30001', typeId: '10000', inwardIssueId: '10100', outwardIssueId: '10042' };
    expect(toForgeLinkEvent({ type: 'deleted', link, atMs: 1 })).toEqual({
      eventType: 'avi:jira:deleted:issuelink',
      id: '30001',
      sourceIssueId: '10042',
      destinationIssueId: '10100',
      issueLinkType: { id: '10000' },
    });
  });
});

describe('toForgeIssueEvent', () => {
  it('shapes an emulator change as Forge’s avi:jira:*:issue event', () => {
    const changelog = { id: '20001', items: [statusItem('10000', '10001')] };
    expect(toForgeIssueEvent({ type: 'updated', issueId: '10042', issueKey: 'MKT-7', projectKey: 'MKT', changelog, atMs: 1 })).toEqual({
      eventType: 'avi:jira:updated:issue',
      issue: { id: '10042', key: 'MKT-7', fields: { project: { key: 'MKT' } } },
      changelog,
    });
    expect(toForgeIssueEvent({ type: 'deleted', issueId: '10043', issueKey: 'IT-2', projectKey: 'IT', atMs: 2 })).toEqual({
      eventType: 'avi:jira:deleted:issue',
      issue: { id: '10043', key: 'IT-2', fields: { project: { key: 'IT' } } },
    });
  });
});

describe('SerialRunner', () => {
  it('runs tasks one after another and keeps going after a failure', async () => {
    const order: string[] = [];
    const errors: unknown[] = [];
    const runner = new SerialRunner((e) => errors.push(e));
    const step = (name: string, ms: number) => () => new Promise<void>((r) => setTimeout(() => (order.push(name), r()), ms));
    runner.add(step('a', 20));
    runner.add(() => Promise.reject(new Error('boom')));
    runner.add(step('b', 1));
    await runner.idle();
    expect(order).toEqual(['a', 'b']);
    expect(errors).toEqual([new Error('boom')]);
  });
});
