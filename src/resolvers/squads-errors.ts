/** Jira and storage failures become app errors in the read side; resolvers use the same mapping. */
export { toAppError, withSquadErrors } from '../squad-view';
