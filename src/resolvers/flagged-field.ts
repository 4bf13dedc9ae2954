import { z } from 'zod';
import { findFlaggedFieldId } from '../jira/fields';
import type { JiraClient } from '../jira/jira-client';
import { keys } from '../store/keys';
import type { ResolverDeps } from './deps';

/** A site's fields change rarely: look the Flagged field up again after a day. */
const RECHECK_MS = 24 * 3_600_000;

const storedSchema = z.object({ id: z.string().nullable(), checkedAtMs: z.number() });

/**
 * The site's Flagged field ID, kept installation-wide (an ID only, the same for everyone), so a
 * board page costs no `GET /field` of its own; looked up as the viewer when missing or a day old.
 */
export async function flaggedFieldId(deps: Pick<ResolverDeps, 'store' | 'clock'>, user: JiraClient): Promise<string | null> {
  const nowMs = deps.clock.nowMs();
  const stored = storedSchema.safeParse(await deps.store.get(keys.flaggedField()));
  if (stored.success && nowMs - stored.data.checkedAtMs < RECHECK_MS) return stored.data.id;
  const id = await findFlaggedFieldId(user);
  await deps.store.set(keys.flaggedField(), { id, checkedAtMs: nowMs });
  return id;
}
