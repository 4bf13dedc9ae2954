import { z } from 'zod';
import type { BoardAssigneeDto, BoardCardDto } from '../contract/board';
import type { SquadConfig } from '../contract/squad-config';
import { boardPositions, type BoardPosition } from '../domain/board/board-position';
import type { IssueHistory } from '../domain/model/issue-history';
import { isQuickWinCandidate } from '../domain/quick-win/is-candidate';
import { isQuickWin } from '../domain/quick-win/is-quick-win';
import type { CompiledSquad } from '../domain/timeline/compile-squad';
import { disciplineOf } from '../domain/timeline/discipline-of';
import { MS_PER_DAY } from '../domain/time/parse-jira-timestamp';
import type { SyncIssue } from '../jira/schemas/search';

const cardFieldsSchema = z.looseObject({
  summary: z.string().catch(''),
  issuetype: z.looseObject({ name: z.string().catch('') }).nullish().catch(null),
  status: z.looseObject({ id: z.string(), name: z.string().catch(''), statusCategory: z.looseObject({ key: z.string().catch('') }).nullish().catch(null) }),
  assignee: z
    .looseObject({ accountId: z.string(), displayName: z.string().catch(''), avatarUrls: z.record(z.string(), z.string()).optional() })
    .nullish()
    .catch(null),
});

/** Fields the board reads for its cards, beyond what the history needs. */
export function cardFields(config: SquadConfig, flaggedFieldId: string | null): string[] {
  const fields = ['summary', 'status', 'project', 'issuetype', 'assignee', 'labels', 'components', 'created', 'resolution'];
  const effort = config.quickWin.candidate?.effortFieldId;
  if (effort !== undefined) fields.push(effort);
  if (config.discipline.by === 'field') fields.push(config.discipline.fieldId);
  if (flaggedFieldId !== null) fields.push(flaggedFieldId);
  return [...new Set(fields)];
}

function assigneeOf(raw: z.output<typeof cardFieldsSchema>['assignee']): BoardAssigneeDto | null {
  if (raw === null || raw === undefined) return null;
  const urls = raw.avatarUrls ?? {};
  return { accountId: raw.accountId, displayName: raw.displayName, avatarUrl: urls['48x48'] ?? urls['32x32'] ?? urls['24x24'] ?? null };
}

const iso = (ms: number): string | null => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

export interface CardInput {
  issue: SyncIssue;
  /** The item's history with its current status as Jira says now (stored or read live). */
  history: IssueHistory;
}

/**
 * Cards of one page: positions from the histories, everything else from the live issue. Items in
 * a dropped status are left out, and so are items in the last stage that reached it before the
 * done window; `Done`-category items elsewhere never come from the board's JQL.
 */
export function buildCards(config: SquadConfig, squad: CompiledSquad, inputs: readonly CardInput[], flaggedFieldId: string | null, nowMs: number): BoardCardDto[] {
  const positions = boardPositions(squad, inputs.map((i) => i.history), nowMs);
  const windowStartMs = nowMs - config.board.doneWindowDays * MS_PER_DAY;
  const last = squad.stageCount - 1;
  const cards: BoardCardDto[] = [];
  inputs.forEach((input, i) => {
    const pos = positions[i] as BoardPosition;
    const fields = cardFieldsSchema.parse(input.issue.fields);
    const lookup = squad.lookupFor(input.issue.fields.project.key);
    const code = lookup.get(fields.status.id);
    if (code === -2) return;
    const done = fields.status.statusCategory?.key === 'done';
    if (done && (code !== last || !(pos.lastStageMs >= windowStartMs))) return;
    const stage = code === undefined ? null : (squad.stageNames[code] ?? null);
    const raw = input.issue.fields as Record<string, unknown>;
    const flag = flaggedFieldId === null ? null : raw[flaggedFieldId];
    const ageKnown = pos.stage >= 0 && pos.agingFromMs === pos.agingFromMs && pos.agingToMs !== pos.agingToMs;
    cards.push({
      id: input.issue.id,
      key: input.issue.key,
      projectKey: input.issue.fields.project.key,
      summary: fields.summary,
      issueType: fields.issuetype?.name ?? '',
      statusId: fields.status.id,
      statusName: fields.status.name,
      stage,
      discipline: disciplineOf(config.discipline, input.history),
      assignee: assigneeOf(fields.assignee),
      quickWin: isQuickWin(config, input.history),
      suggestedQuickWin: isQuickWinCandidate(config, input.history, stage),
      flagged: Array.isArray(flag) ? flag.length > 0 : flag !== null && flag !== undefined,
      inStageSince: pos.stage === code ? iso(pos.sinceMs) : null,
      ageDays: ageKnown && pos.stage === code ? (nowMs - pos.agingFromMs) / MS_PER_DAY : null,
    });
  });
  return cards;
}
