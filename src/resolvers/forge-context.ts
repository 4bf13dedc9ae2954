import { z } from 'zod';
import type { ResolverContext } from '../contract/context';

/**
 * The part of Forge's resolver `context` we trust (Forge fills it; the browser cannot): the
 * caller's account, the module, and where it was opened. Loose: Forge adds fields freely.
 */
const forgeContextSchema = z.looseObject({
  accountId: z.string().min(1).optional(),
  cloudId: z.string().optional(),
  moduleKey: z.string().optional(),
  extension: z
    .looseObject({
      project: z.looseObject({ key: z.string().optional() }).nullish(),
      issue: z.looseObject({ key: z.string().optional() }).nullish(),
      gadgetConfiguration: z.record(z.string(), z.unknown()).nullish(),
    })
    .nullish(),
});

/** Forge's `req.context` as our ResolverContext; null when there is no signed-in user. */
export function toResolverContext(raw: unknown): ResolverContext | null {
  const parsed = forgeContextSchema.safeParse(raw ?? {});
  if (!parsed.success || parsed.data.accountId === undefined) return null;
  const c = parsed.data;
  const ext = c.extension ?? undefined;
  return {
    accountId: c.accountId as string,
    ...(c.moduleKey === undefined ? {} : { moduleKey: c.moduleKey }),
    ...(ext?.project?.key === undefined ? {} : { projectKey: ext.project.key }),
    ...(ext?.issue?.key === undefined ? {} : { issueKey: ext.issue.key }),
    ...(ext?.gadgetConfiguration === undefined || ext.gadgetConfiguration === null ? {} : { gadgetConfig: ext.gadgetConfiguration }),
    ...(c.cloudId === undefined ? {} : { cloudId: c.cloudId }),
  };
}
