import { z } from 'zod';
import type { StageColor } from './board-shared';

const squadId = z.string().max(63, 'must be lower-case letters, digits and dashes (at most 63)').regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');
const issueKey = z.string().max(20, 'must be an issue key such as MKT-12').regex(/^[A-Z][A-Z0-9_]{1,9}-\d{1,9}$/, 'must be an issue key such as MKT-12');
const stageName = z.string().trim().min(1).max(40);

/** Past this many items the board stops reading and asks the viewer to narrow the filter. */
export const BOARD_MAX_ITEMS = 5000;

const shortText = z.string().trim().min(1).max(255);

/**
 * The board's quick filters, asked of Jira (as JQL, every value quoted) when the whole board was
 * more than BOARD_MAX_ITEMS: the narrowed answer is then complete. Filters JQL cannot express for
 * this squad (the Flagged chip, disciplines by component or field) stay in the browser.
 */
export const boardNarrowSchema = z
  .object({
    quickWins: z.boolean().optional(),
    disciplines: z.array(shortText).max(20).optional(),
    issueTypes: z.array(shortText).max(50).optional(),
    /** Assignees' account IDs; null for "Unassigned". */
    assignees: z.array(z.string().trim().min(1).max(128).nullable()).max(50).optional(),
    /** Jira's text search on the summary (whole words and word beginnings), or an issue key. */
    text: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type BoardNarrow = z.infer<typeof boardNarrowSchema>;

/** `board.get`: one page of the squad's work in flight, read live as the viewer. */
export const boardGetPayload = z
  .object({
    squadId,
    /** From the previous page's `nextCursor`; absent for the first page (which also carries `overview`). */
    cursor: z.string().min(1).max(4000).optional(),
    /** Ask Jira only for the items these filters keep (send the same with every page). */
    narrow: boardNarrowSchema.optional(),
  })
  .strict();

/** `board.transitions`: which stages one card may move to, and why not the others. */
export const boardTransitionsPayload = z.object({ squadId, issueKey }).strict();

/** `board.move`: a real Jira transition, as the viewer, into a status mapped to `stage`. */
export const boardMovePayload = z
  .object({
    squadId,
    issueKey,
    stage: stageName,
    /** The transition the viewer picked when several statuses fit the stage. */
    transitionId: z.string().max(18, 'must be a transition ID').regex(/^\d{1,18}$/, 'must be a transition ID').optional(),
  })
  .strict();

/** `board.quickWin`: add or remove the squad's quick-win label on one or many cards, as the viewer. */
export const boardQuickWinPayload = z
  .object({
    squadId,
    issueKeys: z.array(issueKey).min(1, 'pick at least one issue').max(100, 'at most 100 issues at once'),
    action: z.enum(['add', 'remove']),
  })
  .strict();

export interface BoardStageDto {
  name: string;
  color: StageColor;
  /** Most items the column should hold; null for none. */
  wipLimit: number | null;
  /** Fewest items the column should hold; null for none. */
  wipMin: number | null;
  /** Per lane (discipline) name: most items that lane should hold in this column. */
  laneWipLimits: Record<string, number>;
}

export interface BoardAssigneeDto {
  accountId: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface BoardCardDto {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  issueType: string;
  statusId: string;
  /** The project's own status name. */
  statusName: string;
  /** The squad stage, or null when the status is not mapped (the "Unmapped" column). */
  stage: string | null;
  discipline: string;
  assignee: BoardAssigneeDto | null;
  quickWin: boolean;
  /** The squad's candidate rule suggests it as a quick win (not labelled yet). */
  suggestedQuickWin: boolean;
  /** Jira Software's Flagged field is set (an impediment). */
  flagged: boolean;
  /** When the item last entered its stage (ISO); null when the history does not say. */
  inStageSince: string | null;
  /** Elapsed days since entering the lead time's first stage, while between its two stages; else null. */
  ageDays: number | null;
}

export interface BoardOverviewDto {
  squad: { id: string; name: string; projects: string[] };
  stages: BoardStageDto[];
  /** Disciplines in the rule's order (the swimlanes by discipline). */
  disciplines: string[];
  swimlanes: 'discipline' | 'assignee' | 'none';
  doneWindowDays: number;
  quickWinLabel: string;
  leadTime: { from: string; to: string };
  /** The squad's 85th-percentile lead time (elapsed days) from the items this viewer may see; null under 5 samples. */
  leadTimeP85Days: number | null;
  /** About how many items the board holds (Jira's approximate count); null when Jira cannot say. */
  approximateTotal: number | null;
  /** The board was cut at {@link BOARD_MAX_ITEMS}. */
  tooMany: boolean;
  /** Where the viewer can map statuses (an admin page). */
  mapStatusesHint: string;
  /**
   * The squad's config names issue types or statuses Jira no longer has (renamed or deleted since
   * it was saved): a sentence saying what the board left out and that an admin can fix it; null
   * when the config matches Jira.
   */
  configNotice: string | null;
}

export interface BoardPageDto {
  /** Only on the first page. */
  overview: BoardOverviewDto | null;
  cards: BoardCardDto[];
  /** Pass to the next `board.get`; null when this was the last page. */
  nextCursor: string | null;
}

export interface BoardTransitionOptionDto {
  transitionId: string;
  name: string;
  statusId: string;
  statusName: string;
  /** The transition shows a screen in Jira; the board opens the issue instead of moving it. */
  hasScreen: boolean;
  /** Names of fields the screen requires. */
  requiredFields: string[];
}

export interface BoardTargetDto {
  stage: string;
  /** The card can move here (at least one transition leads to a status mapped to this stage). */
  reachable: boolean;
  /** Why not, in a sentence ("No transition from Brief in MKT"); null when reachable. */
  reason: string | null;
  options: BoardTransitionOptionDto[];
}

export interface BoardTransitionsDto {
  issueKey: string;
  currentStage: string | null;
  targets: BoardTargetDto[];
}

export type BoardMoveDto =
  | { outcome: 'moved'; issueKey: string; stage: string; statusId: string; statusName: string }
  /** Several statuses fit the stage: ask which, then call again with `transitionId`. */
  | { outcome: 'choose'; issueKey: string; stage: string; options: BoardTransitionOptionDto[] }
  /** The transition has a screen or required fields: say so and open the issue in Jira. */
  | { outcome: 'screen'; issueKey: string; stage: string; message: string; requiredFields: string[] }
  /** Jira refused the move; `message` is Jira's own. */
  | { outcome: 'refused'; issueKey: string; stage: string; message: string };

export interface BoardQuickWinResultDto {
  issueKey: string;
  ok: boolean;
  /** Why it failed (Jira's message or "not on this board"); null on success. */
  message: string | null;
}

export interface BoardQuickWinDto {
  label: string;
  action: 'add' | 'remove';
  results: BoardQuickWinResultDto[];
}

export interface BoardFunctions {
  'board.get': { payload: z.input<typeof boardGetPayload>; data: BoardPageDto };
  'board.transitions': { payload: z.input<typeof boardTransitionsPayload>; data: BoardTransitionsDto };
  'board.move': { payload: z.input<typeof boardMovePayload>; data: BoardMoveDto };
  'board.quickWin': { payload: z.input<typeof boardQuickWinPayload>; data: BoardQuickWinDto };
}
