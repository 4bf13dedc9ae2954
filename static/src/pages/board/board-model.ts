import { BOARD_MAX_ITEMS, type BoardCardDto, type BoardNarrow, type BoardOverviewDto, type BoardStageDto } from '../../../../src/contract/board';

/** The column of cards in statuses the squad has not mapped. */
export const UNMAPPED = 'Unmapped';
export const NO_ASSIGNEE = 'Unassigned';

export type Swimlanes = 'discipline' | 'assignee' | 'none';

/** Quick filters, as chips; kept in the page URL so a filtered board can be shared. */
export interface BoardFilters {
  quickWins: boolean;
  flagged: boolean;
  disciplines: string[];
  assignees: string[];
  types: string[];
  text: string;
}

export const NO_FILTERS: BoardFilters = { quickWins: false, flagged: false, disciplines: [], assignees: [], types: [], text: '' };

const list = (v: string | null): string[] => (v === null || v === '' ? [] : v.split(',').filter((s) => s !== ''));

/** Filters from a query string (`?qw=1&flag=1&disc=IT&who=Mia%20Novak&type=Story&q=seo`). */
export function filtersFromQuery(search: string): BoardFilters {
  const q = new URLSearchParams(search);
  return { quickWins: q.get('qw') === '1', flagged: q.get('flag') === '1', disciplines: list(q.get('disc')), assignees: list(q.get('who')), types: list(q.get('type')), text: q.get('q') ?? '' };
}

/** The query string with the filters written in (other parameters kept). */
export function filtersToQuery(search: string, f: BoardFilters): string {
  const q = new URLSearchParams(search);
  const put = (name: string, value: string) => (value === '' ? q.delete(name) : q.set(name, value));
  put('qw', f.quickWins ? '1' : '');
  put('flag', f.flagged ? '1' : '');
  put('disc', f.disciplines.join(','));
  put('who', f.assignees.join(','));
  put('type', f.types.join(','));
  put('q', f.text.trim());
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

export const activeFilterCount = (f: BoardFilters): number =>
  (f.quickWins ? 1 : 0) + (f.flagged ? 1 : 0) + f.disciplines.length + f.assignees.length + f.types.length + (f.text.trim() === '' ? 0 : 1);

/** The cards the filters keep, in their order. Values within one filter are alternatives; filters combine. */
export function filterCards(cards: readonly BoardCardDto[], f: BoardFilters): BoardCardDto[] {
  const text = f.text.trim().toLowerCase();
  const disc = new Set(f.disciplines);
  const who = new Set(f.assignees);
  const types = new Set(f.types);
  return cards.filter(
    (c) =>
      (!f.quickWins || c.quickWin) &&
      (!f.flagged || c.flagged) &&
      (disc.size === 0 || disc.has(c.discipline)) &&
      (who.size === 0 || who.has(c.assignee?.displayName ?? NO_ASSIGNEE)) &&
      (types.size === 0 || types.has(c.issueType)) &&
      (text === '' || c.summary.toLowerCase().includes(text) || c.key.toLowerCase().includes(text)),
  );
}

export interface BoardColumn {
  stage: string;
  /** The configured stage; null for the Unmapped column. */
  config: BoardStageDto | null;
  cards: BoardCardDto[];
}

/** One column per stage (in the squad's order), plus "Unmapped" when any card sits in an unmapped status. */
export function columnsOf(stages: readonly BoardStageDto[], cards: readonly BoardCardDto[]): BoardColumn[] {
  const byStage = new Map<string, BoardCardDto[]>(stages.map((s) => [s.name, []]));
  const unmapped: BoardCardDto[] = [];
  for (const c of cards) (c.stage === null ? unmapped : (byStage.get(c.stage) ?? unmapped)).push(c);
  const cols: BoardColumn[] = stages.map((s) => ({ stage: s.name, config: s, cards: byStage.get(s.name) ?? [] }));
  if (unmapped.length > 0) cols.push({ stage: UNMAPPED, config: null, cards: unmapped });
  return cols;
}

/** The lane a card sits in. */
export function laneOf(card: BoardCardDto, lanes: Swimlanes): string {
  if (lanes === 'discipline') return card.discipline;
  if (lanes === 'assignee') return card.assignee?.displayName ?? NO_ASSIGNEE;
  return '';
}

/** Lane names in order: disciplines as configured (then any others), assignees by name (Unassigned last). */
export function lanesOf(cards: readonly BoardCardDto[], lanes: Swimlanes, disciplines: readonly string[]): string[] {
  if (lanes === 'none') return [''];
  const seen = new Set(cards.map((c) => laneOf(c, lanes)));
  if (lanes === 'discipline') return [...disciplines.filter((d) => seen.has(d)), ...[...seen].filter((d) => !disciplines.includes(d)).sort()];
  return [...seen].filter((n) => n !== NO_ASSIGNEE).sort((a, b) => a.localeCompare(b)).concat(seen.has(NO_ASSIGNEE) ? [NO_ASSIGNEE] : []);
}

/** One stage's cards in one lane. */
export interface BoardCell {
  lane: string;
  cards: BoardCardDto[];
}

/** A column with its cards split by lane, and per-discipline counts for the lane WIP badges. */
export interface GroupedColumn extends BoardColumn {
  cells: BoardCell[];
  laneCounts: Map<string, number>;
}

/**
 * Columns, lanes and cells in one pass over the shown cards (the grid derives it once per change
 * of cards, filters or lanes, not per column × lane on every render).
 */
export function groupBoard(stages: readonly BoardStageDto[], shown: readonly BoardCardDto[], lanes: Swimlanes, disciplines: readonly string[]): { columns: GroupedColumn[]; laneNames: string[] } {
  const laneNames = lanesOf(shown, lanes, disciplines);
  const columns = columnsOf(stages, shown).map((col): GroupedColumn => {
    const byLane = new Map<string, BoardCardDto[]>(laneNames.map((l) => [l, []]));
    const laneCounts = new Map<string, number>();
    for (const c of col.cards) {
      byLane.get(laneOf(c, lanes))?.push(c);
      laneCounts.set(c.discipline, (laneCounts.get(c.discipline) ?? 0) + 1);
    }
    return { ...col, laneCounts, cells: laneNames.map((lane) => ({ lane, cards: byLane.get(lane) ?? [] })) };
  });
  return { columns, laneNames };
}

/**
 * The quick filters to ask Jira with when the whole board was past its cap. Left out: the Flagged
 * chip (the browser filters the cards shown) and assignees not yet seen on a card (no account ID
 * to ask with). Null when nothing is left to ask. Lists sorted, so the same filters ask the same.
 */
export function narrowOf(f: BoardFilters, text: string, idsByName: ReadonlyMap<string, string>): BoardNarrow | null {
  const n: BoardNarrow = {};
  if (f.quickWins) n.quickWins = true;
  if (f.disciplines.length > 0) n.disciplines = [...f.disciplines].sort();
  if (f.types.length > 0) n.issueTypes = [...f.types].sort();
  const ids = f.assignees.map((a) => (a === NO_ASSIGNEE ? null : (idsByName.get(a) ?? undefined)));
  if (ids.length > 0 && ids.every((x) => x !== undefined)) n.assignees = [...ids].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  if (text.trim() !== '') n.text = text.trim();
  return Object.keys(n).length > 0 ? n : null;
}

/** A board Jira answered only in part: more items than the cap (by the count, or by the pages). */
export const isTruncated = (overview: BoardOverviewDto, cards: readonly unknown[], complete: boolean): boolean =>
  overview.tooMany || (overview.approximateTotal ?? 0) > BOARD_MAX_ITEMS || (complete && cards.length >= BOARD_MAX_ITEMS);

export type WipState = 'over' | 'under' | 'ok';

/** Over the maximum (red), under the minimum (yellow), or fine. */
export function wipState(count: number, min: number | null, max: number | null): WipState {
  if (max !== null && count > max) return 'over';
  if (min !== null && count < min) return 'under';
  return 'ok';
}

export type AgingLevel = 'fresh' | 'ageing' | 'old';

/** The aging cue: past the squad's p85 lead time is old, past half of it ageing. */
export function agingLevel(ageDays: number | null, p85Days: number | null): AgingLevel | null {
  if (ageDays === null || p85Days === null || p85Days <= 0) return null;
  if (ageDays > p85Days) return 'old';
  return ageDays > p85Days / 2 ? 'ageing' : 'fresh';
}

/** Whole days since an instant ("5 d"; "< 1 d" on the first day). */
export function daysSince(iso: string | null, nowMs: number): string | null {
  if (iso === null) return null;
  const d = (nowMs - Date.parse(iso)) / 86_400_000;
  return d < 1 ? '< 1 d' : `${Math.floor(d)} d`;
}
