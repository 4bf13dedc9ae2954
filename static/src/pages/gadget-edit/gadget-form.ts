import { DEFAULT_PORTFOLIO_PERIOD, PORTFOLIO_LAYOUTS, PORTFOLIO_PERIODS, type PortfolioLayout, type PortfolioPeriod, type StagePair } from '../../../../src/contract/portfolio';

/**
 * What the gadget's edit view saves with `view.submit` (Jira keeps it as the gadget's
 * configuration and reads `refresh`, in minutes). Absent `squadIds` = every squad the viewer may
 * see; absent `headline` = each squad's own headline pair.
 */
export interface GadgetConfigValues {
  title: string;
  refresh: number;
  squadIds?: string[];
  period: PortfolioPeriod;
  headline?: StagePair;
  layout: PortfolioLayout;
}

/** The squads the form offers (from `squads.list`). */
export interface SquadChoice {
  id: string;
  name: string;
  stageNames: string[];
}

export interface GadgetFormValues {
  title: string;
  refresh: string;
  squadIds: string[];
  period: PortfolioPeriod;
  /** `''` for each squad's own headline, else `from\u0000to`. */
  headline: string;
  layout: PortfolioLayout;
}

export const TITLE_MAX_CHARS = 80;
export const REFRESH_MINUTES = { min: 5, max: 1440 } as const;
const SEP = '\u0000';

export const pairKey = (p: StagePair): string => `${p.from}${SEP}${p.to}`;
export function pairOf(key: string): StagePair | null {
  const [from, to] = key.split(SEP);
  return from && to ? { from, to } : null;
}

export function validateTitle(value: string | undefined): string | undefined {
  const title = (value ?? '').trim();
  if (title === '') return 'Give the gadget a title.';
  if (title.length > TITLE_MAX_CHARS) return `Keep the title to ${TITLE_MAX_CHARS} characters (it has ${title.length}).`;
  return undefined;
}

export function validateRefresh(value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!/^\d+$/.test(text)) return 'Enter whole minutes, e.g. 30.';
  const minutes = Number(text);
  if (minutes < REFRESH_MINUTES.min || minutes > REFRESH_MINUTES.max) {
    return `Refresh every ${REFRESH_MINUTES.min} to ${REFRESH_MINUTES.max} minutes.`;
  }
  return undefined;
}

/** The chosen squads, or every squad when none is chosen. */
const chosen = (squads: readonly SquadChoice[], ids: readonly string[]): SquadChoice[] => (ids.length === 0 ? [...squads] : squads.filter((s) => ids.includes(s.id)));

const hasPair = (s: SquadChoice, p: StagePair): boolean => {
  const a = s.stageNames.indexOf(p.from);
  return a >= 0 && s.stageNames.indexOf(p.to) > a;
};

/**
 * Stage pairs the headline may use: every earlier → later pair of the chosen squads' stages, in
 * stage order, each once (squads that lack a pair show a note in its row).
 */
export function stagePairChoices(squads: readonly SquadChoice[], ids: readonly string[]): StagePair[] {
  const seen = new Set<string>();
  const out: StagePair[] = [];
  for (const s of chosen(squads, ids)) {
    s.stageNames.forEach((from, i) =>
      s.stageNames.slice(i + 1).forEach((to) => {
        const key = pairKey({ from, to });
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ from, to });
        }
      }),
    );
  }
  return out;
}

/** A headline pair must exist in at least one chosen squad (else the gadget would show no lead time). */
export function validateHeadline(headline: string, squads: readonly SquadChoice[], ids: readonly string[]): string | undefined {
  const pair = pairOf(headline);
  if (pair === null) return undefined;
  if (chosen(squads, ids).some((s) => hasPair(s, pair))) return undefined;
  return `None of the chosen squads has the stages ${pair.from} → ${pair.to}; pick another pair or other squads.`;
}

/** Form values → the configuration to submit; call only after the validators passed. */
export function toGadgetConfig(values: GadgetFormValues): GadgetConfigValues {
  const pair = pairOf(values.headline);
  return {
    title: values.title.trim(),
    refresh: Number(values.refresh.trim()),
    ...(values.squadIds.length > 0 ? { squadIds: [...values.squadIds] } : {}),
    period: values.period,
    ...(pair ? { headline: pair } : {}),
    layout: values.layout,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A saved configuration → the form's initial values (defaults for what is missing or odd). */
export function toFormValues(config: Record<string, unknown> | null): GadgetFormValues {
  const title = typeof config?.['title'] === 'string' ? config['title'] : 'SquadFlow portfolio';
  const refresh = typeof config?.['refresh'] === 'number' ? String(config['refresh']) : '30';
  const ids = config?.['squadIds'];
  const squadIds = Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : [];
  const period = PORTFOLIO_PERIODS.find((p) => p === config?.['period']) ?? DEFAULT_PORTFOLIO_PERIOD;
  const layout = PORTFOLIO_LAYOUTS.find((l) => l === config?.['layout']) ?? 'detailed';
  const h = config?.['headline'];
  const headline = isRecord(h) && typeof h['from'] === 'string' && typeof h['to'] === 'string' ? pairKey({ from: h['from'], to: h['to'] }) : '';
  return { title, refresh, squadIds, period, headline, layout };
}
