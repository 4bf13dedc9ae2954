import type { SquadConfig } from '../contract/squad-config';
import type { SyncStatusDto } from '../contract/sync';
import { viewerOf, type SquadViewDeps, type Viewer } from './deps';
import { loadVisibleIssues, type SquadIssues } from './squad-issues';
import { openSquadView, viewerSyncStatus, type SquadView } from './squad-view';
import type { ViewerScope } from './viewer-scope';

export interface ViewerSquadIssues extends SquadIssues {
  /** The squad's projects the viewer may browse (the only ones an answer may name). */
  visibleProjects: string[];
  /** For server-side choices only (e.g. which projects to search): never put these in an answer. */
  hiddenProjects: string[];
  /** The sync status as the viewer may be told it. */
  sync: SyncStatusDto;
  view: SquadView;
}

/**
 * Opens the squad for `accountId` (or for a viewer already made, with the scope of a request that
 * spans squads) and reads the issues they may see, in one call.
 */
export async function loadSquadIssues(deps: SquadViewDeps, config: SquadConfig, who: string | { viewer: Viewer; scope: ViewerScope }): Promise<ViewerSquadIssues> {
  const viewer = typeof who === 'string' ? viewerOf(deps, who) : who.viewer;
  const view = await openSquadView(deps, viewer, config, typeof who === 'string' ? undefined : who.scope);
  const data = await loadVisibleIssues(deps, viewer, view);
  return { ...data, visibleProjects: view.access.visible, hiddenProjects: view.access.hidden, sync: viewerSyncStatus(view), view };
}
