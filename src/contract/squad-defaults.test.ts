import { squadConfigSchema } from './squad-config';
import { DEFAULT_LEAD_TIME, defaultStages, squadIdFromName } from './squad-defaults';

describe('squadIdFromName', () => {
  it.each([
    ['Growth Squad (EU)', 'growth-squad-eu'],
    ['Équipe Café', 'equipe-cafe'],
    ['  Café — Ops!  ', 'cafe-ops'],
    ['***', ''],
    ['', ''],
  ])('%j → %j', (name, id) => expect(squadIdFromName(name)).toBe(id));

  it('cuts at 63 characters without leaving a trailing dash', () => {
    const id = squadIdFromName(`${'a'.repeat(62)} b`);
    expect(id).toBe('a'.repeat(62));
  });
});

describe('defaults', () => {
  it('form a valid config and hand out fresh copies', () => {
    const stages = defaultStages();
    stages[0]!.name = 'Changed';
    expect(defaultStages()[0]!.name).toBe('Idea');
    const cfg = squadConfigSchema.parse({ id: 'x', name: 'X', projects: ['MKT'], stages: defaultStages(), leadTime: DEFAULT_LEAD_TIME, statusMap: {}, discipline: { by: 'project', values: {} } });
    expect(cfg.stages.map((s) => `${s.name}:${s.kind}`)).toEqual(['Idea:waiting', 'Prototype:active', 'Pilot:active', 'Live:active']);
  });
});
