import { askEarlyAnswer } from '../../api/invoke';
import type { HostContext } from '../../bridge/host-bridge';

/** The board's first question, exactly as the page asks it (the URL's or the context's squad, or none). */
export const boardPageQuestion = (squadId: string | null): { squadId?: string } => (squadId === null ? {} : { squadId });

/**
 * The board's one first call, `board.page`, started by the boot code while the page's chunks load
 * (routing/page-loaders.ts), so the page's own call (`useBoardFirstView`) takes this answer
 * (api/early-answers.ts) instead of leaving only after the chunks ran and React rendered the page.
 */
export function askBoardPageEarly(ctx: Pick<HostContext, 'squadId'>): void {
  askEarlyAnswer('board.page', boardPageQuestion(ctx.squadId)).catch(() => undefined);
}
