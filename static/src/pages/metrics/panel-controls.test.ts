import { FIRST_PAGE_ROWS, PANEL_FIRST_SECTIONS, panelFirstQuestion } from '../../../../src/contract/metrics-panel-question';
import { DEFAULT_CONTROLS, isCalendarDay, metricsPayload, parseControls, windowOf, writeControls } from './panel-controls';

describe('panel controls in the URL', () => {
  it('reads defaults from an empty query and writes nothing for them', () => {
    expect(parseControls('')).toEqual(DEFAULT_CONTROLS);
    expect(writeControls(DEFAULT_CONTROLS, '')).toBe('');
  });

  it('round-trips every control and keeps unrelated parameters', () => {
    const c = {
      ...DEFAULT_CONTROLS,
      squad: 'growth',
      range: { kind: 'custom' as const, from: '2026-01-01', to: '2026-03-31' },
      disciplines: ['Marketing'],
      issueTypes: ['Story', 'Bug'],
      quickWinsOnly: true,
      from: 'Brief',
      to: 'Live',
      unit: 'business' as const,
      lines: [],
      forecastItems: 25,
      forecastDate: '2026-12-24',
    };
    const search = writeControls(c, '?as=mark&theme=dark');
    expect(search).toContain('as=mark');
    expect(search).toContain('theme=dark');
    expect(parseControls(search)).toEqual(c);
    expect(parseControls(writeControls({ ...DEFAULT_CONTROLS, range: { kind: 'last', days: 365 } }, '')).range).toEqual({ kind: 'last', days: 365 });
  });

  it('falls back to defaults for values that make no sense', () => {
    const c = parseControls('?range=12&unit=weeks&n=-3&by=2024-02-31&lines=42&range=custom&start=2026-05-01&end=2026-04-01');
    expect(c.range).toEqual(DEFAULT_CONTROLS.range);
    expect(c.unit).toBeNull();
    expect(c.forecastItems).toBe(10);
    expect(c.forecastDate).toBeNull();
    expect(c.lines).toEqual([]);
  });

  it('knows real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-2-1')).toBe(false);
  });
});

describe('the metrics.get payload', () => {
  it('is, for the default view, the shared first question the server can build too', () => {
    expect(metricsPayload('growth', DEFAULT_CONTROLS)).toEqual(panelFirstQuestion('growth'));
  });

  it('sends preset ranges and the default forecast date relative to the server’s today', () => {
    expect(windowOf({ kind: 'last', days: 30 }, '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(metricsPayload('growth', DEFAULT_CONTROLS)).toEqual({
      squadId: 'growth',
      window: { lastDays: 90 },
      sections: [...PANEL_FIRST_SECTIONS],
      rows: 'finished',
      page: { offset: 0, limit: FIRST_PAGE_ROWS },
      forecast: { items: 10, inDays: 28 },
    });
    const custom = { ...DEFAULT_CONTROLS, range: { kind: 'custom' as const, from: '2026-01-01', to: '2026-02-01' }, forecastDate: '2026-03-01' };
    expect(metricsPayload('growth', custom)).toMatchObject({ window: { from: '2026-01-01', to: '2026-02-01' }, forecast: { items: 10, targetDate: '2026-03-01' } });
  });

  it('sends the filter, stage pair and unit only when they differ from the squad’s', () => {
    const p = metricsPayload('growth', { ...DEFAULT_CONTROLS, disciplines: ['IT'], quickWinsOnly: true, from: 'Brief', unit: 'calendar' });
    expect(p.filter).toEqual({ disciplines: ['IT'], quickWinsOnly: true });
    expect(p).toMatchObject({ from: 'Brief', unit: 'calendar' });
    expect(p.to).toBeUndefined();
  });
});
