import { pickSquad } from './pick-squad';

const growth = { id: 'growth', projects: ['MKT', 'IT'] };
const brand = { id: 'brand', projects: ['MKT'] };
const web = { id: 'web', projects: ['WEB'] };

describe('pickSquad', () => {
  it('takes the squad asked for, offering the project’s squads beside it', () => {
    expect(pickSquad([growth, brand, web], 'web', 'MKT')).toEqual({ kind: 'chosen', squad: web, options: [web, growth, brand] });
    expect(pickSquad([growth, brand, web], 'brand', 'MKT')).toEqual({ kind: 'chosen', squad: brand, options: [growth, brand] });
  });
  it('else the first squad spanning the project, with a choice when there are several', () => {
    expect(pickSquad([growth, brand, web], null, 'MKT')).toEqual({ kind: 'chosen', squad: growth, options: [growth, brand] });
    expect(pickSquad([growth, web], null, 'WEB')).toEqual({ kind: 'chosen', squad: web, options: [web] });
  });
  it('says so when the squad asked for is unknown or hidden, instead of showing another', () => {
    expect(pickSquad([growth, web], 'gone', 'IT')).toEqual({ kind: 'missing', wanted: 'gone', options: [growth] });
  });
  it('else the first squad, or none without squads', () => {
    expect(pickSquad([web, growth], null, 'OPS')).toEqual({ kind: 'chosen', squad: web, options: [web, growth] });
    expect(pickSquad([], null, 'MKT')).toEqual({ kind: 'none' });
    expect(pickSquad([], 'growth', 'MKT')).toEqual({ kind: 'missing', wanted: 'growth', options: [] });
  });
});
