import type { BoardMoveDto, BoardTargetDto, BoardTransitionOptionDto, BoardTransitionsDto } from '../contract/board';
import type { ResolverContext } from '../contract/context';
import type { SquadConfig } from '../contract/squad-config';
import { JiraHttpError } from '../jira/errors';
import { getIssue } from '../jira/get-issue';
import type { JiraClient } from '../jira/jira-client';
import { getMyPermissions } from '../jira/my-permissions';
import { doTransition, getTransitions, requiredFieldNames, type IssueTransition } from '../jira/transitions';
import { badRequest, notFound } from './app-error';
import type { ResolverDeps } from './deps';
import { userJira } from './squads-jira';

interface CardState {
  key: string;
  projectKey: string;
  statusId: string;
  statusName: string;
  stage: string | null;
}

/** The issue as the viewer sees it now; not found (the same words either way) when hidden or off this squad's board. */
async function cardState(user: JiraClient, config: SquadConfig, issueKey: string): Promise<CardState> {
  const issue = await getIssue(user, issueKey, ['status', 'project', 'created']);
  const missing = notFound(`${issueKey} does not exist, you cannot see it, or it is not on this squad's board`);
  if (issue === undefined || !config.projects.includes(issue.fields.project.key)) throw missing;
  const projectKey = issue.fields.project.key;
  const mapped = config.statusMap[projectKey]?.[issue.fields.status.id];
  const stage = mapped !== undefined && config.stages.some((s) => s.name === mapped) ? mapped : null;
  return { key: issue.key, projectKey, statusId: issue.fields.status.id, statusName: issue.fields.status.name ?? issue.fields.status.id, stage };
}

function optionOf(t: IssueTransition): BoardTransitionOptionDto {
  return { transitionId: t.id, name: t.name, statusId: t.to.id, statusName: t.to.name ?? t.to.id, hasScreen: t.hasScreen === true, requiredFields: requiredFieldNames(t) };
}

/** Every stage with the transitions that lead into it, or the reason none does. */
async function targetsOf(user: JiraClient, config: SquadConfig, card: CardState): Promise<BoardTargetDto[]> {
  const [perms, transitions] = await Promise.all([getMyPermissions(user, { projectKey: card.projectKey }, ['TRANSITION_ISSUES']), getTransitions(user, card.key)]);
  const map = config.statusMap[card.projectKey] ?? {};
  return config.stages.map((s) => {
    const options = transitions.filter((t) => map[t.to.id] === s.name && t.to.id !== card.statusId).map(optionOf);
    let reason: string | null = null;
    if (s.name === card.stage) reason = `Already in ${s.name}`;
    else if (!perms.TRANSITION_ISSUES) reason = `You may not move issues in ${card.projectKey}`;
    else if (options.length === 0) reason = `No transition from ${card.statusName} in ${card.projectKey}`;
    return { stage: s.name, reachable: reason === null, reason, options: reason === null ? options : [] };
  });
}

/** `board.transitions`: the stages this card can reach now, as the viewer, with reasons for the rest. */
export async function boardTransitions(config: SquadConfig, issueKey: string, ctx: ResolverContext, deps: ResolverDeps): Promise<BoardTransitionsDto> {
  const user = userJira(ctx, deps);
  const card = await cardState(user, config, issueKey);
  return { issueKey: card.key, currentStage: card.stage, targets: await targetsOf(user, config, card) };
}

/**
 * `board.move`: a real Jira transition as the viewer into a status the squad maps to `stage`. The
 * permission is checked first (server side, as the viewer); several fitting statuses → `choose`;
 * a screen or required fields → `screen` (the page opens the issue); Jira's refusal → `refused` with
 * Jira's own message.
 */
export async function boardMove(config: SquadConfig, p: { issueKey: string; stage: string; transitionId?: string | undefined }, ctx: ResolverContext, deps: ResolverDeps): Promise<BoardMoveDto> {
  if (!config.stages.some((s) => s.name === p.stage)) {
    throw badRequest(`"${p.stage}" is not a stage of this squad`, [{ path: 'stage', message: 'unknown stage' }]);
  }
  const user = userJira(ctx, deps);
  const card = await cardState(user, config, p.issueKey);
  const target = (await targetsOf(user, config, card)).find((t) => t.stage === p.stage);
  const base = { issueKey: card.key, stage: p.stage };
  if (target === undefined || !target.reachable) return { ...base, outcome: 'refused', message: target?.reason ?? `No transition into ${p.stage}` };
  let option = target.options[0];
  if (p.transitionId !== undefined) {
    option = target.options.find((o) => o.transitionId === p.transitionId);
    if (option === undefined) throw badRequest(`Transition ${p.transitionId} does not lead ${card.key} into ${p.stage}`, [{ path: 'transitionId', message: 'not a transition into this stage' }]);
  } else if (target.options.length > 1) return { ...base, outcome: 'choose', options: target.options };
  if (option === undefined) return { ...base, outcome: 'refused', message: `No transition into ${p.stage}` };
  if (option.hasScreen || option.requiredFields.length > 0) {
    const fields = option.requiredFields.length > 0 ? ` and needs ${option.requiredFields.join(', ')}` : '';
    return { ...base, outcome: 'screen', requiredFields: option.requiredFields, message: `"${option.name}" shows a screen in Jira${fields}: finish the move in the issue.` };
  }
  try {
    await doTransition(user, card.key, option.transitionId);
  } catch (err) {
    if (err instanceof JiraHttpError && (err.status === 400 || err.status === 409)) {
      return { ...base, outcome: 'refused', message: err.detail === '' ? 'Jira refused the move.' : err.detail };
    }
    throw err;
  }
  return { ...base, outcome: 'moved', statusId: option.statusId, statusName: option.statusName };
}
