import { existsSync, readFileSync } from 'node:fs';
import { squadConfigSchema } from '../../src/contract/squad-config';
import { describeFieldIssues, toFieldIssues } from '../../src/contract/field-issues';
import type { ResolverDeps } from '../../src/resolvers/deps';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { requestBackfill } from '../../src/sync/request-backfill';

/**
 * First start: saves the demo squads (local/demo-data/demo-squad*.json: the joint growth squad, a
 * brand squad on MKT, a platform squad on IT) when the store has no squad.
 * Every start: asks for a backfill of every squad — the in-process queue loses its jobs when the
 * process stops, and requestBackfill resumes a running backfill or does nothing when data is fresh.
 */
export async function seedAndResume(deps: ResolverDeps, demoSquadFiles: readonly string[]): Promise<{ seeded: string[]; squads: number }> {
  const repo = new SquadConfigRepo(deps.store);
  let squads = await repo.list();
  const seeded: string[] = [];
  if (squads.length === 0) {
    for (const file of demoSquadFiles.filter((f) => existsSync(f))) {
      const parsed = squadConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file} is not a valid squad: ${describeFieldIssues(toFieldIssues(parsed.error))}`);
      await repo.save(parsed.data);
      seeded.push(parsed.data.id);
      deps.log.info('demo squad saved; its backfill runs in the background', { squadId: parsed.data.id });
    }
    squads = await repo.list();
  }
  for (const squad of squads) await requestBackfill(deps, squad.id);
  return { seeded, squads: squads.length };
}
