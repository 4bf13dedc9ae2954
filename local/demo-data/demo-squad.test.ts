import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { squadConfigSchema } from '../../src/contract/squad-config';
import { DEFAULT_STAGES } from '../../src/contract/squad-defaults';
import { suggestMapping, suggestionsToStatusMap } from '../../src/domain/config/suggest-mapping';
import { PROJECTS } from './catalog';

const raw: unknown = JSON.parse(readFileSync(join(__dirname, 'demo-squad.json'), 'utf8'));

describe('demo-squad.json', () => {
  const config = squadConfigSchema.parse(raw);

  it('is a valid, fully written squad config (parsing it changes nothing)', () => {
    expect(config).toEqual(raw);
  });

  it('uses the default stages and the headline lead time Idea → Pilot', () => {
    expect(config.stages.map((s) => [s.name, s.kind])).toEqual(DEFAULT_STAGES.map((s) => [s.name, s.kind]));
    expect(config.leadTime).toEqual({ from: 'Idea', to: 'Pilot' });
  });

  it.each(PROJECTS.map((p) => [p.key, p] as const))('maps every %s status exactly as the suggestion does', (key, project) => {
    const statuses = project.workflow.statuses.map((s) => ({ id: s.id, name: s.name, category: s.category }));
    const suggested = suggestionsToStatusMap(suggestMapping(statuses, config.stages.map((s) => s.name)));
    expect(config.statusMap[key]).toEqual(suggested);
    expect(Object.keys(suggested).sort()).toEqual(statuses.map((s) => s.id).sort());
  });

  it('equals the intended mapping of local/demo-data/README.md, status by status', () => {
    expect(config.statusMap).toEqual({
      MKT: { '10000': 'Idea', '10001': 'Idea', '10002': 'Prototype', '10003': 'Pilot', '10004': 'Live', '10005': 'Dropped' },
      IT: { '10100': 'Idea', '10101': 'Idea', '10102': 'Prototype', '10103': 'Prototype', '10104': 'Pilot', '10105': 'Live', '10106': 'Dropped' },
    });
  });

  it('drops exactly the statuses whose resolution is Won\'t Do', () => {
    for (const project of PROJECTS) {
      const dropped = Object.entries(config.statusMap[project.key] ?? {}).filter(([, stage]) => stage === 'Dropped').map(([id]) => id);
      expect(dropped).toEqual(project.workflow.statuses.filter((s) => s.resolutionId === '10001').map((s) => s.id));
    }
  });
});
