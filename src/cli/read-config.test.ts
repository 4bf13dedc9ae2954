import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSquadConfig } from './read-config';

describe('readSquadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'squadflow-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('upgrades a version-less hand-written YAML config as the app does on read', () => {
    const file = write('legacy.yaml', ['name: Growth Squad', 'project: MKT', 'stages: [Idea, Prototype, Pilot, Live]', 'leadTime: Idea -> Pilot', 'statusMap: {"10000": Idea, "10003": Pilot}'].join('\n'));
    const cfg = readSquadConfig(file);
    expect(cfg.schemaVersion).toBe(2);
    expect(cfg.id).toBe('growth-squad');
    expect(cfg.leadTime).toEqual({ from: 'Idea', to: 'Pilot' });
    expect(cfg.statusMap).toEqual({ MKT: { '10000': 'Idea', '10003': 'Pilot' } });
  });

  it('names the file and every bad field', () => {
    const file = write('bad.json', JSON.stringify({ schemaVersion: 1, id: 'x', name: 'X', projects: [], stages: [{ name: 'Idea' }, { name: 'Live' }], leadTime: { from: 'Live', to: 'Idea' }, statusMap: {}, discipline: { by: 'project', values: {} } }));
    expect(() => readSquadConfig(file)).toThrow(/bad\.json: invalid squad configuration: projects: needs at least one project; leadTime\.to: "Idea" must come after "Live"/);
  });

  it('refuses a config written by a newer SquadFlow, naming schemaVersion', () => {
    const file = write('new.json', JSON.stringify({ schemaVersion: 9 }));
    expect(() => readSquadConfig(file)).toThrow(/new\.json: invalid squad configuration: schemaVersion: version 9 was written by a newer SquadFlow/);
  });
});
