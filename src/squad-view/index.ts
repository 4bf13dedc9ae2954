export { viewerOf, type SquadViewDeps, type Viewer } from './deps';
export { withSquadErrors, toAppError } from './app-errors';
export { projectAccess, issueVisibility, viewerSeesWholeSquad, canSeeIssue, visibilityKey, type ProjectAccess, type ProjectView, type SquadVisibility } from './visibility';
export { openSquadView, viewerSyncStatus, type SquadView } from './squad-view';
export { loadVisibleIssues, LIVE_MAX_ISSUES, type SquadIssues } from './squad-issues';
export { readableSquadView, squadNotFound, type ReadableSquad } from './readable-squad';
export { squadFitsModule, projectOfIssueKey } from './module-context';
export { readDataVersion, type DataVersion } from './stored-data';
export { projectIdsOf } from './project-ids';
