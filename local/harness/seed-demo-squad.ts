import { existsSync, readFileSync } from 'node:fs';
import { squadConfigSchema } from '../../src/contract/squad-config';
import { describeFieldIssues, toFieldIssues } from '../../src/contract/field-issues';
import type { ResolverDeps } from '../../src/resolvers/deps';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { requestBackfill } from '../../src/sync/request-backfill';

/**
 * First start: saves the demo squad (local/demo-data/demo-squad.json) when the store has no squad.
 * Every start: asks for a backfill of every squad — the in-process queue loses its jobs when the
 * process stops, and requestBackfill resumes a running backfill or does nothing when data is fresh.
 */
export async function seedAndResume(deps: ResolverDeps, demoSquadFile: string | null): Promise<{ seeded: string | null; squads: number }> {
  const repo = new SquadConfigRepo(deps.store);
  let squads = await repo.list();
  let seeded: string | null = null;
  if (squads.length === 0 && demoSquadFile !== null && existsSync(demoSquadFile)) {
    const parsed = squadConfigSchema.safeParse(JSON.parse(readFileSync(demoSquadFile, 'utf8')));
    if (!parsed.success) throw new Error(`${demoSquadFile} is not a valid squad: ${describeFieldIssues(toFieldIssues(parsed.error))}`);
    await repo.save(parsed.data);
    seeded = parsed.data.id;
    deps.log.info('demo squad saved; its backfill runs in the background', { squadId: seeded });
    squads = [parsed.data];
  }
  for (const squad of squads) await requestBackfill(deps, squad.id);
  return { seeded, squads: squads.length };
}
