import { days, signed, trendWords } from './format';

describe('gadget formats', () => {
  it('writes days, signs and trends so none rests on colour alone', () => {
    expect([days(12.345), days(null)]).toEqual(['12.3 d', '–']);
    expect([signed(3), signed(-2), signed(0), signed(0.04, 1), signed(-1.25, 1)]).toEqual(['+3', '−2', '±0', '±0.0', '−1.3']);
    expect(trendWords({ trend: 'faster', changeP50: -2.14 })).toBe('▼ 2.1 d faster');
    expect(trendWords({ trend: 'slower', changeP50: 0.5 })).toBe('▲ 0.5 d slower');
    expect(trendWords({ trend: 'unchanged', changeP50: 0 })).toBe('= no change');
    expect(trendWords({ trend: 'no-data', changeP50: null })).toBe('no earlier data');
  });
});
