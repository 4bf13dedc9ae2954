/** The app's coded error lives in the contract, so the read side (src/squad-view) can throw it too. */
export { AppError, badRequest, forbidden, notFound } from '../contract/app-error';
