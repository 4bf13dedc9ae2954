import { MAX_PAGE_ROWS, metricsQueryPayload } from './metrics-query';
import { DEFAULT_PANEL_QUESTION, FIRST_PAGE_ROWS, PANEL_FIRST_SECTIONS, panelFirstQuestion, panelItemRowsQuestion, panelMetrics, panelScatterRowsQuestion } from './metrics-panel-question';

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

describe("the speed-metrics panel's row questions", () => {
  const c = { ...DEFAULT_PANEL_QUESTION, disciplines: ['IT'], unit: 'business' as const };
  it("carry the scatterplot's first page in the first question, then ask further pages and the CSV rows, each paged and valid", () => {
    const first = panelFirstQuestion('growth', c);
    expect(first).toMatchObject({ sections: [...PANEL_FIRST_SECTIONS], rows: 'finished', page: { offset: 0, limit: FIRST_PAGE_ROWS } });
    expect(PANEL_FIRST_SECTIONS).toContain('items');
    expect(FIRST_PAGE_ROWS).toBeLessThanOrEqual(MAX_PAGE_ROWS);
    const scatter = panelScatterRowsQuestion('growth', c, FIRST_PAGE_ROWS);
    expect(scatter).toEqual({ squadId: 'growth', unit: 'business', window: { lastDays: 90 }, filter: { disciplines: ['IT'] }, sections: ['items'], rows: 'finished', page: { offset: FIRST_PAGE_ROWS, limit: MAX_PAGE_ROWS } });
    // Further pages ask what the first answered: same squad, window, filter, unit and pair.
    const { sections: _s, rows: _r, page: _p, forecast: _f, ...firstBase } = first;
    const { sections: _s2, rows: _r2, page: _p2, ...scatterBase } = scatter;
    expect(scatterBase).toEqual(firstBase);
    const rows = panelItemRowsQuestion('growth', c);
    expect(rows).toEqual({ ...scatter, rows: undefined, page: { offset: 0, limit: MAX_PAGE_ROWS } });
    for (const q of [first, scatter, rows]) expect(metricsQueryPayload.safeParse(q).success).toBe(true);
  });

  it('join the first answer and rows into whole figures only when every first section came', () => {
    const header = { squad: { id: 'g', name: 'G' }, asOf: { nowIso: '', timeZone: 'UTC', unit: 'elapsed', policy: 'keep' }, window: { from: '', to: '', firstEntry: null }, counts: {}, choices: {} };
    const partial = { ...header, leadTime: {} } as unknown as Parameters<typeof panelMetrics>[0];
    expect(panelMetrics(partial, [])).toBeNull();
    const full = Object.fromEntries(PANEL_FIRST_SECTIONS.map((s) => [s, {}]));
    expect(panelMetrics({ ...header, ...full } as unknown as Parameters<typeof panelMetrics>[0], [])?.items).toEqual([]);
  });
});
