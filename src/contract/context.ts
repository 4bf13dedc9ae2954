import { z } from 'zod';

/**
 * The trusted part of a resolver call: what Forge (or the local harness, playing Jira) says about
 * the caller and the module. Never filled from the invoke payload.
 */
export const resolverContextSchema = z.object({
  accountId: z.string().min(1),
  moduleKey: z.string().min(1).optional(),
  /** Project the module was opened in (project page), when any. */
  projectKey: z.string().optional(),
  /** Issue the module was opened on (issue panel/context), when any. */
  issueKey: z.string().optional(),
  /** Saved gadget configuration, when the module is a dashboard gadget. */
  gadgetConfig: z.record(z.string(), z.unknown()).optional(),
  /** Cloud ID, used to namespace nothing but logs. */
  cloudId: z.string().optional(),
});
export type ResolverContext = z.infer<typeof resolverContextSchema>;

