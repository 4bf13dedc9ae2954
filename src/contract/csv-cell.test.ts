import { csvCell, csvDocument } from './csv-cell';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('neutralises and quotes %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
  it('writes numbers (negative too), booleans and empty cells as they are', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('csvDocument', () => {
  it('joins a header and rows with CRLF', () => {
    expect(csvDocument(['key', 'days'], [['MKT-1', 1.5], ['=cmd', null]])).toBe("key,days\r\nMKT-1,1.5\r\n'=cmd,\r\n");
  });
});
