import type { SquadConfig } from '../contract/squad-config';
import type { SyncStatusDto } from '../contract/sync';
import { viewerOf, type SquadViewDeps } from './deps';
import { loadVisibleIssues, type SquadIssues } from './squad-issues';
import { openSquadView, viewerSyncStatus, type SquadView } from './squad-view';

export interface ViewerSquadIssues extends SquadIssues {
  /** The squad's projects the viewer may browse (the only ones an answer may name). */
  visibleProjects: string[];
  /** For server-side choices only (e.g. which projects to search): never put these in an answer. */
  hiddenProjects: string[];
  /** The sync status as the viewer may be told it. */
  sync: SyncStatusDto;
  view: SquadView;
}

/** Opens the squad for `accountId` and reads the issues they may see, in one call. */
export async function loadSquadIssues(deps: SquadViewDeps, config: SquadConfig, accountId: string): Promise<ViewerSquadIssues> {
  const viewer = viewerOf(deps, accountId);
  const view = await openSquadView(deps, viewer, config);
  const data = await loadVisibleIssues(deps, viewer, view);
  return { ...data, visibleProjects: view.access.visible, hiddenProjects: view.access.hidden, sync: viewerSyncStatus(view), view };
}
