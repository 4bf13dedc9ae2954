/** One quoting rule for every JQL the app builds or links to (defined in the contract for the UI). */
export { jqlString } from '../contract/jql-string';
