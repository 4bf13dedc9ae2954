import { fieldLabel } from './field-label';

describe('fieldLabel', () => {
  it('reads config paths as words', () => {
    expect(fieldLabel('stages.2.wipLimit')).toBe('Stage 3, WIP limit');
    expect(fieldLabel('backwardMoves')).toBe('BackwardMoves');
    expect(fieldLabel('calendar.holidays.1')).toBe('Calendar, Holiday 2');
    expect(fieldLabel('statusMap.MKT.10099')).toBe('Status mapping, MKT, 10099');
    expect(fieldLabel('(root)')).toBe('The file');
  });
});
