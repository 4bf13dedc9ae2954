import type { ResolverContext } from '../contract/context';
import { DEFAULT_PORTFOLIO_PERIOD, portfolioSettingsSchema, type PortfolioAnswerDto, type PortfolioQuery, type PortfolioSettings } from '../contract/portfolio';
import type { FieldIssue } from '../contract/result';
import { badRequest } from './app-error';

const FIELDS = ['squadIds', 'period', 'headline', 'layout'] as const;

/**
 * The gadget configuration from the trusted context (Forge's `extension.gadgetConfiguration`),
 * field by field: a field that does not parse (saved by an older version, or edited by hand) falls
 * back to its default instead of breaking the dashboard. Other fields (title, refresh) are ignored.
 */
export function settingsFromContext(config: Record<string, unknown> | undefined): PortfolioSettings {
  const out: PortfolioSettings = {};
  if (config === undefined) return out;
  const shape = portfolioSettingsSchema.shape;
  for (const field of FIELDS) {
    if (config[field] === undefined) continue;
    const parsed = shape[field].safeParse(config[field]);
    if (parsed.success && parsed.data !== undefined) Object.assign(out, { [field]: parsed.data });
  }
  return out;
}

/**
 * The settings to answer for. In a gadget the saved configuration (trusted context) decides; the
 * payload may repeat a field but not contradict it (DESIGN §3a: a payload that disagrees with the
 * context is refused, naming the field). Outside a gadget the payload is the only source.
 */
export function effectiveSettings(payload: PortfolioQuery, ctx: ResolverContext): PortfolioSettings {
  if (ctx.gadgetConfig === undefined) return payload;
  const saved = settingsFromContext(ctx.gadgetConfig);
  const conflicts: FieldIssue[] = FIELDS.filter((f) => payload[f] !== undefined && JSON.stringify(payload[f]) !== JSON.stringify(saved[f])).map((f) => ({
    path: f,
    message: "differs from the gadget's saved configuration",
  }));
  if (conflicts.length > 0) throw badRequest(`The payload disagrees with the gadget's saved configuration: ${conflicts.map((c) => c.path).join(', ')}`, conflicts);
  return saved;
}

/** The settings as the answer echoes them, defaults filled in. */
export function answeredSettings(s: PortfolioSettings): PortfolioAnswerDto['settings'] {
  return { squadIds: s.squadIds ?? null, period: s.period ?? DEFAULT_PORTFOLIO_PERIOD, headline: s.headline ?? null, layout: s.layout ?? 'detailed' };
}
