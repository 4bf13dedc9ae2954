import type { ResolverContext } from '../contract/context';
import { pickSquad } from '../contract/pick-squad';
import type { SquadSummaryDto } from '../contract/squads';
import { scopeFromAccess, squadNotFound, viewerOf, type ViewerScope } from '../squad-view';
import type { SquadRecord } from '../store/squad-config-repo';
import type { ResolverDeps } from './deps';
import { SquadAccess } from './squads-access';
import { readableSummaries, squadsOfModule } from './squads-read';
import { userJira } from './squads-jira';

/** The squad a page's first view shows, with what its answer needs from the page's one check. */
export interface ChosenSquad {
  record: SquadRecord;
  access: SquadAccess;
  scope: ViewerScope;
}

/** A page's squads and its pick, before the page's own answer is added (`chosen` null: none to show). */
export type FirstView =
  | { squads: SquadSummaryDto[]; choice: { kind: 'none' } | { kind: 'missing'; wanted: string }; chosen: null }
  | { squads: SquadSummaryDto[]; chosen: ChosenSquad };

/**
 * What every page's first view (`board.page`, `metrics.page`) starts from, on ONE bulk permission
 * check as the caller over every project of the squads the module may offer: the squads as
 * `squads.list` lists them, the one `pickSquad` picks (a `?squad=` that does not exist and one the
 * viewer may not see answer the same "missing"), and for a chosen squad the viewer's scope, so the
 * page's answer asks Jira no permission again.
 */
export async function firstViewOf(wantedId: string | undefined, ctx: ResolverContext, deps: ResolverDeps): Promise<FirstView> {
  const { records, projects } = await squadsOfModule(ctx, deps);
  const access = await SquadAccess.load(deps, userJira(ctx, deps), projects);
  const squads = readableSummaries(records, access);
  const choice = pickSquad(squads, wantedId ?? null, ctx.projectKey ?? null);
  if (choice.kind === 'none') return { squads, choice, chosen: null };
  if (choice.kind === 'missing') return { squads, choice: { kind: 'missing', wanted: choice.wanted }, chosen: null };
  const record = records.find((r) => r.config.id === choice.squad.id);
  if (record === undefined) throw squadNotFound(choice.squad.id);
  const scope = scopeFromAccess(viewerOf(deps, ctx.accountId), projects, access.browsable(projects));
  return { squads, chosen: { record, access, scope } };
}
