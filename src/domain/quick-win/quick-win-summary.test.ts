import { leadTimeSamples } from '../metrics/lead-times';
import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { buildConfig, buildIssue } from '../testing/build-issue';
import { isQuickWinCandidate } from './is-candidate';
import { isQuickWin } from './is-quick-win';
import { quickWinSummary } from './quick-win-summary';

const candidate = { effortFieldId: 'customfield_10016', maxEffort: 3, stages: ['Idea', 'Prototype'] };

describe('quick wins', () => {
  it('is a quick win by label only', () => {
    const config = buildConfig();
    expect(isQuickWin(config, { labels: ['quick-win'] })).toBe(true);
    expect(isQuickWin(config, { labels: ['Quick-Win'] })).toBe(false);
    expect(isQuickWin(buildConfig({ quickWin: { label: 'qw' } }), { labels: ['qw'] })).toBe(true);
  });

  it('marks candidates by effort and stage, never labelled ones or unknown effort', () => {
    const config = buildConfig({ quickWin: { label: 'quick-win', candidate } });
    const issue = buildIssue({ effort: 3 });
    expect(isQuickWinCandidate(config, issue, 'Prototype')).toBe(true);
    expect(isQuickWinCandidate(config, issue, 'Pilot')).toBe(false);
    expect(isQuickWinCandidate(config, { ...issue, effort: 3.5 }, 'Idea')).toBe(false);
    expect(isQuickWinCandidate(config, { ...issue, effort: null }, 'Idea')).toBe(false);
    expect(isQuickWinCandidate(config, { ...issue, labels: ['quick-win'] }, 'Idea')).toBe(false);
    expect(isQuickWinCandidate(buildConfig(), issue, 'Idea')).toBe(false);
  });

  it('compares quick wins with the rest and lists candidates', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW, config: { quickWin: { label: 'quick-win', candidate } } });
    const dto = quickWinSummary(ctx, leadTimeSamples(ctx));
    expect(dto).toMatchObject({ label: 'quick-win', completedQuickWins: 1, completedOthers: 2, sharePercent: 100 / 3, candidates: ['IT-2'] });
    expect([dto.leadTimeQuickWins.count, dto.leadTimeQuickWins.p50]).toEqual([1, 3.5]);
    expect([dto.leadTimeOthers.count, dto.leadTimeOthers.p50, dto.leadTimeOthers.lowSample]).toEqual([2, 6, true]);
  });

  it('lists exactly the items isQuickWinCandidate accepts', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW, config: { quickWin: { label: 'quick-win', candidate: { ...candidate, maxEffort: 10 } } } });
    const expected = ctx.t.issues
      .filter((issue, i) => isQuickWinCandidate(ctx.t.squad.config, issue, ctx.t.squad.stageNames[ctx.t.currentStage[i] as number] ?? null))
      .map((i) => i.key);
    expect(quickWinSummary(ctx, leadTimeSamples(ctx)).candidates).toEqual(expected.sort());
    expect(expected).toEqual(['IT-2', 'MKT-4']);
  });
});
