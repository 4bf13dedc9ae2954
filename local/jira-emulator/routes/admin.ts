import type { Router } from 'express';
import { faultRequestSchema } from '../faults';
import { sendInvalidPayload } from '../http/errors';
import { queryString } from '../http/route-kit';
import type { EmulatorRuntime } from '../runtime';

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Control endpoints (no auth; local only): faults, request counts, demo users, and the initials
 * avatars the REST answers link to.
 */
export function registerAdmin(router: Router, rt: EmulatorRuntime): void {
  router.get('/__emulator/faults', (_req, res) => {
    res.json({ rules: rt.faults.list() });
  });
  router.post('/__emulator/faults', (req, res) => {
    const parsed = faultRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendInvalidPayload(res, parsed.error);
    rt.faults.set(parsed.data.rules, parsed.data.seed);
    res.json({ rules: rt.faults.list() });
  });
  router.delete('/__emulator/faults', (_req, res) => {
    rt.faults.clear();
    res.status(204).end();
  });

  router.get('/__emulator/stats', (_req, res) => {
    res.json(rt.stats.snapshot(rt.faults.injectedCount));
  });
  router.get('/__emulator/requests', (_req, res) => {
    res.json({ requests: rt.stats.requests() });
  });
  router.delete('/__emulator/stats', (_req, res) => {
    rt.stats.reset();
    res.status(204).end();
  });

  router.get('/__emulator/users', (_req, res) => {
    res.json(
      rt.loginUsers.map((u) => ({ handle: u.handle, accountId: u.accountId, displayName: u.displayName, email: u.email, apiToken: u.apiToken, role: u.role })),
    );
  });

  router.get('/__emulator/avatar', (req, res) => {
    const initials = escapeXml((queryString(req.query.initials) ?? '?').slice(0, 3));
    const size = Math.min(128, Math.max(8, Number(queryString(req.query.size)) || 48));
    res
      .type('image/svg+xml')
      .set('Cache-Control', 'public, max-age=86400')
      .send(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 48 48"><circle cx="24" cy="24" r="24" fill="#0C66E4"/><text x="24" y="30" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">${initials}</text></svg>`,
      );
  });
}
