import { computeSquadMetricsResult } from '../domain/squad-metrics';
import { WORKED_EXAMPLE, WORKED_NOW } from '../domain/testing/build-context';
import { BASE_CONFIG, buildConfig, buildIssue, ms } from '../domain/testing/build-issue';
import fc from 'fast-check';
import { ItemRowJson, microNum, writeCsv, writeJson } from './write-output';

// Stage names that need JSON escaping.
const names = ['Idée "1"', 'Proto\\type', 'Pi\u2028lot', 'Live'];
const config = buildConfig({
  stages: names.map((name) => ({ name })),
  leadTime: { from: names[0] as string, to: names[2] as string },
  statusMap: Object.fromEntries(
    Object.entries(BASE_CONFIG.statusMap).map(([p, m]) => [p, Object.fromEntries(Object.entries(m).map(([id, s]) => [id, s === 'Dropped' ? s : (names[['Idea', 'Prototype', 'Pilot', 'Live'].indexOf(s)] as string)]))]),
  ),
});
const issues = [...WORKED_EXAMPLE.map(buildIssue), buildIssue({ key: '=MKT-"9"', initial: '2' })];
const result = computeSquadMetricsResult(config, issues, { nowMs: ms(WORKED_NOW) });

describe('microNum', () => {
  it('is String(x) for rounded day figures and anything else', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 2e9, noNaN: true }), fc.boolean(), (v, round) => {
        const x = round ? Math.round(v * 1e6) / 1e6 : v;
        expect(microNum(x)).toBe(String(x));
      }),
      { numRuns: 20_000 },
    );
    expect([microNum(null), microNum(Infinity), microNum(0), microNum(3.5), microNum(0.000001), microNum(375.094)]).toEqual(['null', 'null', '0', '3.5', '0.000001', '375.094']);
  });
});

describe('streamed output', () => {
  it('writes each item row exactly as JSON.stringify would', () => {
    const rows = new ItemRowJson(names);
    expect(result.dto.items).toHaveLength(7);
    for (const item of result.dto.items) expect(rows.row(item)).toBe(JSON.stringify(item));
  });

  it('writes the whole document as JSON.stringify would, in chunks', () => {
    const chunks: (string | Uint8Array)[] = [];
    const { items, ...rest } = result.dto;
    writeJson({ ...rest, items: [] }, names, result.visitItems, (c) => chunks.push(c));
    const text = chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
    expect(text).toBe(`${JSON.stringify({ ...rest, items })}\n`.replace(/"items":\[\]/, `"items":${JSON.stringify(items)}`));
    expect(JSON.parse(text)).toEqual(result.dto);
  });

  it('quotes CSV cells and defuses formulas', () => {
    let text = '';
    writeCsv(result.dto, names, result.visitItems, (c) => (text += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')));
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('key,project,issue_type,discipline,quick_win,dropped,current_stage,"Idée ""1""",Proto\\type,Pi\u2028lot,Live,lead_time_elapsed_days,rework_count,age_in_stage_days');
    expect(lines[7]).toBe(`"'=MKT-""9""",MKT,Story,Marketing,false,false,Proto\\type,2024-03-01T09:00:00.000Z,2024-03-01T09:00:00.000Z,,,,0,29.625`);
  });
});
