import { pickSquad } from './pick-squad';

const growth = { id: 'growth', projects: ['MKT', 'IT'] };
const web = { id: 'web', projects: ['WEB'] };

describe('pickSquad', () => {
  it('takes the squad asked for', () => {
    expect(pickSquad([growth, web], 'web', 'MKT')).toBe(web);
  });
  it('else the first squad spanning the project', () => {
    expect(pickSquad([growth, web], null, 'WEB')).toBe(web);
    expect(pickSquad([growth, web], 'gone', 'IT')).toBe(growth);
  });
  it('else the first squad, or null without squads', () => {
    expect(pickSquad([web, growth], null, 'OPS')).toBe(web);
    expect(pickSquad([], 'growth', 'MKT')).toBeNull();
  });
});
