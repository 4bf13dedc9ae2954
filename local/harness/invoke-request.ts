import { z } from 'zod';
import { toFieldIssues, describeFieldIssues } from '../../src/contract/field-issues';
import type { AppErrorBody } from '../../src/contract/result';
import { GADGET_ID } from './gadget-configs';

/**
 * The body of `POST /api/invoke`: what `@forge/bridge`'s invoke sends, plus the module context that
 * Jira would attach (here the page sends it; the harness plays Jira and checks the user).
 */
export const invokeRequestSchema = z
  .object({
    functionKey: z.string().min(1, 'must name a resolver, e.g. "app.info"').max(200),
    payload: z.unknown().optional(),
    context: z
      .object({
        accountId: z.string().min(1).optional(),
        moduleKey: z.string().min(1).optional(),
        projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key').optional(),
        issueKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9]\d*$/, 'must be a Jira issue key').optional(),
        /** A gadget instance (Jira's `extension.gadget.id`): the harness attaches its saved configuration itself. */
        gadgetId: z.string().regex(GADGET_ID, 'must be a gadget ID: 1-40 letters, digits, _ or -').optional(),
        /** For API clients standing in for Jira (curl, tests): a configuration to attach; refused together with `gadgetId`. */
        gadgetConfig: z.record(z.string(), z.unknown()).optional(),
        cloudId: z.string().optional(),
      })
      .strict()
      .refine((c) => c.gadgetId === undefined || c.gadgetConfig === undefined, { message: 'send gadgetId or gadgetConfig, not both: a gadget\'s saved configuration comes from the dashboard', path: ['gadgetConfig'] })
      .optional(),
  })
  .strict();
export type InvokeRequest = z.infer<typeof invokeRequestSchema>;

export type ParsedInvokeRequest = { ok: true; request: InvokeRequest } | { ok: false; error: AppErrorBody };

/** Validates the request envelope (not the payload: each resolver validates its own). */
export function parseInvokeRequest(body: unknown): ParsedInvokeRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'POST /api/invoke expects a JSON object {functionKey, payload, context?} with content-type application/json.' },
    };
  }
  const parsed = invokeRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, request: parsed.data };
  const fields = toFieldIssues(parsed.error);
  return { ok: false, error: { code: 'BAD_REQUEST', message: `Invalid invoke request: ${describeFieldIssues(fields)}`, details: { fields } } };
}
