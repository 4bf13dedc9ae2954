import { squadConfigSchema } from '../contract/squad-config';
import demoSquad from '../../local/demo-data/demo-squad.json';
import { boardJql, narrowJql, narrowProjects } from './board-query';

const squad = squadConfigSchema.parse(demoSquad);
const byLabel = squadConfigSchema.parse({ ...demoSquad, discipline: { by: 'label', values: { mkt: 'Marketing', 'it-team': 'IT' } } });

describe('the board\'s quick filters as JQL', () => {
  it('quotes every value and combines filters with AND, values with OR', () => {
    expect(narrowJql(squad, { quickWins: true, issueTypes: ['Story', 'Bug "x"'], assignees: ['acc-1', null], text: 'landing page' })).toBe(
      ' AND labels = "quick-win" AND issuetype in ("Story", "Bug \\"x\\"") AND (assignee in ("acc-1") OR assignee is EMPTY) AND summary ~ "landing page"',
    );
    expect(narrowJql(squad, { assignees: [null] })).toBe(' AND assignee is EMPTY');
    expect(narrowJql(squad, {})).toBe('');
  });

  it('keeps text search to words (Jira reads + - ! ~ * " … and OR as operators) and finds an issue key too', () => {
    expect(narrowJql(squad, { text: 'mkt-12' })).toBe(' AND (summary ~ "mkt 12" OR key = "MKT-12")');
    expect(narrowJql(squad, { text: '"a" OR project = OPS' })).toBe(' AND summary ~ "a or project = ops"');
    expect(narrowJql(squad, { text: '***' })).toBe('');
  });

  it('narrows disciplines by project to the browsable projects, and by label with a clause', () => {
    expect(narrowProjects(squad, { disciplines: ['IT'] }, ['MKT', 'IT'])).toEqual(['IT']);
    expect(narrowProjects(squad, { disciplines: ['IT'] }, ['MKT'])).toEqual([]);
    expect(narrowProjects(squad, { disciplines: ['Other'] }, ['MKT', 'IT'])).toEqual(['MKT', 'IT']);
    expect(boardJql(squad, ['MKT', 'IT'], false, { disciplines: ['Marketing'] })).toMatch(/^project in \("MKT"\) AND/);
    expect(narrowJql(byLabel, { disciplines: ['IT'] })).toBe(' AND labels in ("it-team")');
    expect(narrowJql(squad, { disciplines: ['IT'] })).toBe('');
  });
});
