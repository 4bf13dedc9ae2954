import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { createRng, type Rng } from '../demo-data';
import { sendError } from './http/errors';

export const RATE_LIMIT_REASONS = ['jira-quota-tenant-based', 'jira-quota-global-based', 'jira-burst-based', 'jira-per-issue-on-write'] as const;

export const faultRuleSchema = z.strictObject({
  /** Endpoint name(s) as `/__emulator/stats` reports them; absent or "*" = every REST endpoint. */
  endpoint: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** Answer with this status instead of the real response (429, 500, 502, 503, …). */
  status: z.number().int().min(400).max(599).optional(),
  /** Retry-After seconds; 429s get 1 unless set, null leaves the header out. */
  retryAfterSeconds: z.number().int().min(0).max(3600).nullable().optional(),
  /** Adds Jira's rate-limit headers (RateLimit-Reason, X-RateLimit-Reset, …) with this reason. */
  rateLimitReason: z.enum(RATE_LIMIT_REASONS).optional(),
  /** Probability per matching request (seeded); default 1. */
  rate: z.number().min(0).max(1).optional(),
  /** Fire at most this many times. */
  count: z.number().int().min(1).optional(),
  /** Let this many matching requests through first. */
  skip: z.number().int().min(0).optional(),
  /** Delay before answering, with or without another fault. */
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  /** Serve the real status but a broken body: cut in half, or not JSON at all. */
  body: z.enum(['truncated', 'malformed']).optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultRequestSchema = z.strictObject({
  rules: z.array(faultRuleSchema),
  /** Seed for `rate` draws; defaults to the emulator's seed. */
  seed: z.number().int().optional(),
});

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  fired: number;
}

/** Injects faults per endpoint, reproducibly: the same seed and request order fire the same faults. */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private rng: Rng;

  constructor(private readonly defaultSeed: number) {
    this.rng = createRng(defaultSeed);
  }

  set(rules: readonly FaultRule[], seed = this.defaultSeed): void {
    this.rules = rules.map((rule) => ({ rule, seen: 0, fired: 0 }));
    this.rng = createRng(seed);
  }

  clear(): void {
    this.set([]);
  }

  list(): Array<FaultRule & { fired: number }> {
    return this.rules.map((r) => ({ ...r.rule, fired: r.fired }));
  }

  get injectedCount(): number {
    return this.rules.reduce((sum, r) => sum + r.fired, 0);
  }

  /** The rules that fire for this request, in order (consumes skips, counts and random draws). */
  draw(endpoint: string): FaultRule[] {
    const firing: FaultRule[] = [];
    for (const active of this.rules) {
      const { rule } = active;
      const targets = rule.endpoint === undefined ? ['*'] : Array.isArray(rule.endpoint) ? rule.endpoint : [rule.endpoint];
      if (!targets.includes('*') && !targets.includes(endpoint)) continue;
      active.seen++;
      if (active.seen <= (rule.skip ?? 0)) continue;
      if (rule.count !== undefined && active.fired >= rule.count) continue;
      if (rule.rate !== undefined && rule.rate < 1 && !(this.rng.next() < rule.rate)) continue;
      active.fired++;
      firing.push(rule);
    }
    return firing;
  }

  middleware(endpoint: string, nowMs: () => number): RequestHandler {
    return (_req: Request, res: Response, next: NextFunction): void => {
      const firing = this.draw(endpoint);
      if (firing.length === 0) {
        next();
        return;
      }
      const latencyMs = firing.reduce((sum, r) => sum + (r.latencyMs ?? 0), 0);
      const failing = firing.find((r) => r.status !== undefined);
      const bodyFault = firing.find((r) => r.body !== undefined)?.body;
      const act = (): void => {
        if (failing?.status !== undefined) {
          respondWithFault(res, failing, nowMs());
          return;
        }
        if (bodyFault !== undefined) breakBody(res, bodyFault);
        next();
      };
      if (latencyMs > 0) setTimeout(act, latencyMs);
      else act();
    };
  }
}

const FAULT_MESSAGES: Readonly<Record<number, string>> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'Service unavailable: the service is temporarily overloaded. Try again later.',
  504: 'Gateway timeout.',
};

function respondWithFault(res: Response, rule: FaultRule, nowMs: number): void {
  const status = rule.status ?? 500;
  const retryAfter = rule.retryAfterSeconds === undefined ? (status === 429 ? 1 : null) : rule.retryAfterSeconds;
  if (retryAfter !== null) res.set('Retry-After', String(retryAfter));
  if (rule.rateLimitReason !== undefined) {
    const resetIso = new Date(nowMs + (retryAfter ?? 60) * 1000).toISOString();
    res.set({
      'RateLimit-Reason': rule.rateLimitReason,
      'X-RateLimit-Reason': rule.rateLimitReason,
      'X-RateLimit-Reset': `${resetIso.slice(0, 16)}Z`,
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-NearLimit': 'true',
    });
  }
  sendError(res, status, [FAULT_MESSAGES[status] ?? `Injected fault ${status}.`]);
}

/** Replaces this response's body on the way out: half of it, or an HTML error page. */
function breakBody(res: Response, kind: 'truncated' | 'malformed'): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown): Response => {
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body ?? null);
    const broken = kind === 'truncated' ? text.slice(0, Math.floor(text.length / 2)) : '<html><body><h1>502 Bad Gateway</h1></body></html>';
    res.type('application/json');
    return send(broken);
  };
}
