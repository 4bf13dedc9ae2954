import { defaultSquadConfig } from '../domain/config/default-squad-config';
import type { SyncIssue } from '../jira/schemas/search';
import { decodeIssue } from '../store/stored-issue';
import { fetchScopeOf, scopeKeyOf } from './fetch-scope';
import { toStored } from './to-stored';

const issue = {
  id: '1',
  key: 'MKT-1',
  fields: {
    created: '2025-01-02T10:00:00.000+0000',
    updated: '2025-01-03T10:00:00.000+0000',
    status: { id: '10000' },
    project: { key: 'MKT' },
    issuetype: { name: 'Story' },
    labels: ['quick-win', 'ceo-pet-project', 'anna-on-leave', 'web'],
    components: [],
  },
} as unknown as SyncIssue;

describe('stored labels are only those a rule needs (issue 12.5)', () => {
  const base = defaultSquadConfig({ id: 'g', name: 'G', projects: [{ key: 'MKT' }] });

  it('keeps the quick-win label only, when discipline is not by label', () => {
    const stored = decodeIssue(toStored(issue, [], fetchScopeOf(base)));
    expect(stored.labels).toEqual(['quick-win']);
  });

  it('keeps the labels a discipline-by-label rule maps too', () => {
    const config = { ...base, discipline: { by: 'label' as const, values: { web: 'Web', app: 'App' } } };
    expect(decodeIssue(toStored(issue, [], fetchScopeOf(config))).labels).toEqual(['quick-win', 'web']);
  });

  it('refetches when the kept labels change (they are part of the scope key)', () => {
    const other = { ...base, quickWin: { label: 'fast' } };
    expect(scopeKeyOf(fetchScopeOf(other))).not.toEqual(scopeKeyOf(fetchScopeOf(base)));
  });
});
