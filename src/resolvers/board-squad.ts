import type { ResolverContext } from '../contract/context';
import type { SquadConfig } from '../contract/squad-config';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { notFound } from './app-error';
import type { ResolverDeps } from './deps';

/**
 * The squad a board call is about. A project page answers only for squads holding its project
 * (the trusted context's project, never the payload's); the refusal reads the same whether the
 * squad is missing or elsewhere, so it tells nothing about other squads.
 */
export async function boardSquad(ctx: ResolverContext, deps: ResolverDeps, squadId: string): Promise<SquadConfig> {
  const config = await new SquadConfigRepo(deps.store).get(squadId);
  const inContext = ctx.projectKey === undefined || config?.projects.includes(ctx.projectKey) === true;
  if (config === undefined || !inContext) throw notFound(`Squad "${squadId}" does not exist or does not cover this project`);
  return config;
}

/** Status IDs (per project) that the squad maps to `stage`. */
export function statusesOfStage(config: SquadConfig, projectKey: string, stage: string): string[] {
  return Object.entries(config.statusMap[projectKey] ?? {})
    .filter(([, target]) => target === stage)
    .map(([id]) => id);
}
