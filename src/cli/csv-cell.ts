/** The CLI writes cells the same way as the panel's downloads (one definition in the contract). */
export { csvCell } from '../contract/csv-cell';
