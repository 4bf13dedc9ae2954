import { metricsQueryPayload } from './metrics-query';
import { DEFAULT_PANEL_QUESTION, panelFirstQuestion } from './metrics-panel-question';

describe("the speed-metrics panel's first question", () => {
  it('is a valid metrics.get payload for defaults and for every control set', () => {
    expect(metricsQueryPayload.safeParse(panelFirstQuestion('growth')).success).toBe(true);
    const narrowed = panelFirstQuestion('growth', {
      ...DEFAULT_PANEL_QUESTION,
      range: { kind: 'custom', from: '2026-01-01', to: '2026-03-31' },
      disciplines: ['IT'],
      issueTypes: ['Story'],
      quickWinsOnly: true,
      from: 'Brief',
      to: 'Live',
      unit: 'business',
      forecastDate: '2026-06-01',
    });
    expect(metricsQueryPayload.safeParse(narrowed).success).toBe(true);
    expect(narrowed).toMatchObject({ window: { from: '2026-01-01', to: '2026-03-31' }, filter: { disciplines: ['IT'], issueTypes: ['Story'], quickWinsOnly: true }, forecast: { targetDate: '2026-06-01' } });
  });

  it('does not let a caller change the shared defaults', () => {
    expect(Object.isFrozen(DEFAULT_PANEL_QUESTION)).toBe(true);
    const q = panelFirstQuestion('growth');
    expect(q.filter).toBeUndefined();
    expect(q.window).toEqual({ lastDays: 90 });
  });
});
