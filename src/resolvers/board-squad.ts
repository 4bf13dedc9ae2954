import type { ResolverContext } from '../contract/context';
import type { SquadConfig } from '../contract/squad-config';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { notFound } from './app-error';
import { SquadAccess } from './squads-access';
import { userJira } from './squads-jira';
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

/**
 * The squad a board change (or a card's transitions) is about, for a viewer who may browse at least
 * one of its projects. Someone who browses none gets the very words of a missing squad, after the
 * same permission check (on the page's project when the squad is missing), so neither the answer
 * nor the Jira calls tell that the squad exists.
 */
export async function readableBoardSquad(ctx: ResolverContext, deps: ResolverDeps, squadId: string): Promise<SquadConfig> {
  const config = await new SquadConfigRepo(deps.store).get(squadId);
  const inContext = ctx.projectKey === undefined || config?.projects.includes(ctx.projectKey) === true;
  const projects = config !== undefined && inContext ? config.projects : ctx.projectKey === undefined ? [] : [ctx.projectKey];
  const access = await SquadAccess.load(deps, userJira(ctx, deps), projects);
  if (config === undefined || !inContext || !access.canRead(config.projects)) throw notFound(`Squad "${squadId}" does not exist or does not cover this project`);
  return config;
}

/** Status IDs (per project) that the squad maps to `stage`. */
export function statusesOfStage(config: SquadConfig, projectKey: string, stage: string): string[] {
  return Object.entries(config.statusMap[projectKey] ?? {})
    .filter(([, target]) => target === stage)
    .map(([id]) => id);
}
