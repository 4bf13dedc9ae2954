import { rowNote } from './row-note';

const base = { squadId: 'growth', squadName: 'Growth squad', projectKey: 'MKT' };

describe('rowNote: what a squad without figures says', () => {
  it('words each failure for a dashboard reader, never with upstream text', () => {
    expect(rowNote({ ...base, status: 'error', code: 'RATE_LIMITED' }, null)).toBe('Jira is busy and asked SquadFlow to wait, so this squad’s figures could not be read just now. Refresh in a minute.');
    expect(rowNote({ ...base, status: 'error', code: 'JIRA_ERROR' }, null)).toBe('Jira could not give SquadFlow this squad’s issues just now. Refresh to try again.');
    expect(rowNote({ ...base, status: 'error', code: 'TIMEOUT' }, null)).toBe('Jira did not answer in time for this squad just now. Refresh to try again.');
    expect(rowNote({ ...base, status: 'error', code: 'INTERNAL' }, null)).toMatch(/^This squad’s figures could not be worked out just now\./);
  });

  it('says a squad is still syncing, with its progress, or that its sync stopped', () => {
    const sync = { phase: 'backfilling', progress: { percent: 42.4 } } as never;
    expect(rowNote({ ...base, status: 'syncing', sync }, null)).toBe('Syncing this squad’s history (42 %): figures appear when it is ready.');
    expect(rowNote({ ...base, status: 'syncing', sync: { phase: 'failed' } as never }, null)).toBe('The last sync of this squad stopped; figures appear once it is retried.');
  });

  it('names the missing pair and the squad’s own stages', () => {
    expect(rowNote({ ...base, status: 'no-pair', stageNames: ['Idea', 'Build', 'Pilot', 'Live'] }, { from: 'Prototype', to: 'Pilot' })).toBe('This squad has no stages “Prototype” → “Pilot” (its stages: Idea → Build → Pilot → Live).');
  });
});
