import type { ResolverContext } from '../contract/context';
import type { SquadConfig } from '../contract/squad-config';

/** The project an issue key belongs to (`MKT-12` → `MKT`); project keys hold no dash. */
export function projectOfIssueKey(issueKey: string): string | null {
  const at = issueKey.lastIndexOf('-');
  return at > 0 ? issueKey.slice(0, at) : null;
}

/**
 * Whether a call from this module may ask about this squad (DESIGN §3a): a project page answers
 * only for squads holding its project, an issue panel only for squads holding the issue's project.
 * Elsewhere (admin page, gadget, no module) any squad the viewer may read.
 */
export function squadFitsModule(ctx: ResolverContext, config: Pick<SquadConfig, 'projects'>): boolean {
  if (ctx.projectKey !== undefined && !config.projects.includes(ctx.projectKey)) return false;
  if (ctx.issueKey !== undefined) {
    const project = projectOfIssueKey(ctx.issueKey);
    if (project === null || !config.projects.includes(project)) return false;
  }
  return true;
}
