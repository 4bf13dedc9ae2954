import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { squadConfigSchema } from '../../src/contract/squad-config';
import { PROJECTS } from './catalog';

/** The extra demo squads that give the portfolio gadget several rows (growth has its own test). */
describe.each(['demo-squad-brand.json', 'demo-squad-platform.json'])('%s', (file) => {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, file), 'utf8'));
  const config = squadConfigSchema.parse(raw);

  it('is a valid, fully written squad config (parsing it changes nothing)', () => {
    expect(config).toEqual(raw);
  });

  it('maps every status of its one project to one of its stages or Dropped', () => {
    expect(config.projects).toHaveLength(1);
    const project = PROJECTS.find((p) => p.key === config.projects[0]);
    const names = [...config.stages.map((s) => s.name), 'Dropped'];
    for (const status of project?.workflow.statuses ?? []) expect(names).toContain(config.statusMap[project?.key ?? '']?.[status.id]);
  });
});
