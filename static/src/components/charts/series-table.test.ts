import { csvFileName, tableCellText } from './series-table';

describe('tableCellText', () => {
  it('rounds fractions to one decimal (two under 1) and separates thousands', () => {
    expect(tableCellText(406.309549)).toBe('406.3');
    expect(tableCellText(27.24365933107623)).toBe('27.2');
    expect(tableCellText(0.0412)).toBe('0.04');
    expect(tableCellText(-4)).toBe('-4');
    expect(tableCellText(9834.96101851852)).toBe('9,835');
    expect(tableCellText(1500)).toBe('1,500');
  });
  it('writes flags as yes/no and no figure as a dash, text as it is', () => {
    expect(tableCellText(true)).toBe('Yes');
    expect(tableCellText(false)).toBe('No');
    expect(tableCellText(null)).toBe('–');
    expect(tableCellText(Number.NaN)).toBe('–');
    expect(tableCellText('2026-04-20')).toBe('2026-04-20');
  });
});

describe('csvFileName', () => {
  it('makes a file name from words', () => {
    expect(csvFileName('growth', 'lead-time scatter')).toBe('growth-lead-time-scatter.csv');
  });
});
