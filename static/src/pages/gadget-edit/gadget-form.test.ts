import { pairKey, stagePairChoices, toFormValues, toGadgetConfig, validateHeadline, validateRefresh, validateTitle, type GadgetFormValues, type SquadChoice } from './gadget-form';

const SQUADS: SquadChoice[] = [
  { id: 'growth', name: 'Growth', stageNames: ['Idea', 'Prototype', 'Pilot', 'Live'] },
  { id: 'platform', name: 'Platform', stageNames: ['Idea', 'Build', 'Pilot', 'Live'] },
];
const base: GadgetFormValues = { title: 'Portfolio', refresh: '30', squadIds: [], period: 'this-quarter', headline: '', layout: 'detailed' };

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

  it('offers each earlier → later stage pair of the chosen squads once', () => {
    expect(stagePairChoices(SQUADS, ['platform']).map((p) => `${p.from}→${p.to}`)).toEqual(['Idea→Build', 'Idea→Pilot', 'Idea→Live', 'Build→Pilot', 'Build→Live', 'Pilot→Live']);
    expect(stagePairChoices(SQUADS, [])).toHaveLength(6 + 3);
  });

  it('refuses a headline pair none of the chosen squads has', () => {
    const proto = pairKey({ from: 'Prototype', to: 'Pilot' });
    expect(validateHeadline(proto, SQUADS, ['platform'])).toBe('None of the chosen squads has the stages Prototype → Pilot; pick another pair or other squads.');
    expect(validateHeadline(proto, SQUADS, [])).toBeUndefined();
    expect(validateHeadline('', SQUADS, ['platform'])).toBeUndefined();
  });

  it('round-trips every setting through the saved configuration', () => {
    const values: GadgetFormValues = { title: '  Growth squads ', refresh: ' 15 ', squadIds: ['platform'], period: 'last-month', headline: pairKey({ from: 'Idea', to: 'Live' }), layout: 'compact' };
    const saved = toGadgetConfig(values);
    expect(saved).toEqual({ title: 'Growth squads', refresh: 15, squadIds: ['platform'], period: 'last-month', headline: { from: 'Idea', to: 'Live' }, layout: 'compact' });
    expect(toFormValues(JSON.parse(JSON.stringify(saved)) as Record<string, unknown>)).toEqual({ ...values, title: 'Growth squads', refresh: '15' });
  });

  it('saves no squad list and no pair for the defaults, so a new squad shows up by itself', () => {
    expect(toGadgetConfig(base)).toEqual({ title: 'Portfolio', refresh: 30, period: 'this-quarter', layout: 'detailed' });
  });

  it('reads defaults for a new gadget and for odd saved values', () => {
    expect(toFormValues(null)).toEqual({ ...base, title: 'SquadFlow portfolio' });
    expect(toFormValues({ title: 7, refresh: 'soon', squadIds: 'growth', period: 'next-year', layout: 'huge', headline: { from: 1 } })).toEqual({ ...base, title: 'SquadFlow portfolio' });
  });
});
