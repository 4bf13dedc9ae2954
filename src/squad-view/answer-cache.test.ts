import { squadConfigSchema } from '../contract/squad-config';
import type { SyncStatusDto } from '../contract/sync';
import { ANSWER_TIME_BUCKET_MS, answerDigest, normaliseQuery, type AnswerQuestion } from './answer-cache';
import type { SquadView } from './squad-view';
import type { SquadVisibility } from './visibility';

const config = squadConfigSchema.parse({
  id: 'growth',
  name: 'Growth',
  projects: ['MKT', 'IT'],
  stages: [{ name: 'Idea' }, { name: 'Live' }],
  leadTime: { from: 'Idea', to: 'Live' },
  statusMap: { MKT: { '1': 'Idea', '2': 'Live' }, IT: { '1': 'Idea', '2': 'Live' } },
  discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT' } },
  calendar: { timeZone: 'Europe/Berlin' },
});

const whole: SquadVisibility = { projects: [{ project: 'MKT', whole: true }, { project: 'IT', whole: true }], someProjectsHidden: false };
const filtered = (ids: string[]): SquadVisibility => ({ projects: [{ project: 'MKT', whole: false, ids: new Set(ids) }], someProjectsHidden: true });

function view(visibility: SquadVisibility, generation = 3, stamp = 'stamp-1'): SquadView {
  return {
    config,
    sync: {} as SyncStatusDto,
    access: { visible: visibility.projects.map((p) => p.project), hidden: [] },
    published: { version: { manifest: { v: 1, generation, segments: 1, issueCount: 10, scopeKey: 's', publishedAtMs: 0 }, stamp }, counts: {}, visibility, issues: undefined },
  };
}

// Noon in Berlin, 2026-06-10 (10:00 UTC).
const NOON = Date.UTC(2026, 5, 10, 10);
const question = (over: Partial<AnswerQuestion> = {}): AnswerQuestion => ({ kind: 'metrics.get', revision: 4, query: { squadId: 'growth' }, nowMs: NOON, ...over });

describe('answerDigest', () => {
  it('is the same for the same data, question, visibility and quarter hour', () => {
    expect(answerDigest(view(whole), question())).toBe(answerDigest(view(whole), question({ nowMs: NOON + 60_000 })));
    expect(answerDigest(view(filtered(['1', '2'])), question())).toBe(answerDigest(view(filtered(['2', '1'])), question()));
  });

  it('changes with everything the answer depends on', () => {
    const base = answerDigest(view(whole), question());
    const others = [
      answerDigest(view(whole, 4), question()),
      answerDigest(view(whole, 3, 'stamp-2'), question()),
      answerDigest(view(whole), question({ revision: 5 })),
      answerDigest(view(whole), question({ query: { squadId: 'growth', sections: ['wip'] } })),
      answerDigest(view(whole), question({ kind: 'portfolio.row' })),
      answerDigest(view(filtered(['1', '2'])), question()),
      answerDigest(view(whole), question({ nowMs: NOON + ANSWER_TIME_BUCKET_MS })),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
    // Two filtered viewers who see different issues never share an answer.
    expect(answerDigest(view(filtered(['1', '2'])), question())).not.toBe(answerDigest(view(filtered(['1', '3'])), question()));
  });

  it("never serves yesterday's answer today, even within one quarter hour of midnight", () => {
    // 23:59:59.999 and 00:00 in Berlin (UTC+2 in June) are different days.
    const midnight = Date.UTC(2026, 5, 10, 22);
    expect(answerDigest(view(whole), question({ nowMs: midnight - 1 }))).not.toBe(answerDigest(view(whole), question({ nowMs: midnight })));
  });

  it('has nothing to key on before data is published', () => {
    expect(answerDigest({ ...view(whole), published: null }, question())).toBeUndefined();
  });
});

describe('normaliseQuery', () => {
  const sets = new Set(['sections', 'filter.issueTypes']);
  it('ignores the order of fields and of set-like lists, and drops undefined fields', () => {
    const a = normaliseQuery({ squadId: 'g', sections: ['wip', 'leadTime', 'wip'], filter: { issueTypes: ['Bug', 'Story'] }, unit: undefined }, sets);
    const b = normaliseQuery({ filter: { issueTypes: ['Story', 'Bug'] }, sections: ['leadTime', 'wip'], squadId: 'g' }, sets);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('keeps the order of other lists', () => {
    expect(normaliseQuery({ stages: ['b', 'a'] }, sets)).toEqual({ stages: ['b', 'a'] });
  });
});
