import { toFormValues, toGadgetConfig, validateRefresh, validateTitle } from './gadget-form';

describe('gadget form', () => {
  it('requires a title of at most 80 characters', () => {
    expect(validateTitle('  ')).toBe('Give the gadget a title.');
    expect(validateTitle(undefined)).toBe('Give the gadget a title.');
    expect(validateTitle('x'.repeat(81))).toBe('Keep the title to 80 characters (it has 81).');
    expect(validateTitle('Portfolio')).toBeUndefined();
  });

  it('accepts whole minutes from 5 to 1440', () => {
    expect(validateRefresh('30')).toBeUndefined();
    expect(validateRefresh('5')).toBeUndefined();
    expect(validateRefresh('1440')).toBeUndefined();
    expect(validateRefresh('4')).toBe('Refresh every 5 to 1440 minutes.');
    expect(validateRefresh('1441')).toBe('Refresh every 5 to 1440 minutes.');
    expect(validateRefresh('7.5')).toBe('Enter whole minutes, e.g. 30.');
    expect(validateRefresh('')).toBe('Enter whole minutes, e.g. 30.');
  });

  it('converts between saved configuration and form values', () => {
    expect(toGadgetConfig({ title: '  Growth squads ', refresh: ' 15 ' })).toEqual({ title: 'Growth squads', refresh: 15 });
    expect(toFormValues({ title: 'Growth squads', refresh: 15 })).toEqual({ title: 'Growth squads', refresh: '15' });
    expect(toFormValues(null)).toEqual({ title: 'SquadFlow portfolio', refresh: '30' });
    expect(toFormValues({ title: 7, refresh: 'soon' })).toEqual({ title: 'SquadFlow portfolio', refresh: '30' });
  });
});
