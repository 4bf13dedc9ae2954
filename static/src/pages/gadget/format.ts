import type { PortfolioLeadTimeDto, TrendDirection } from '../../../../src/contract/portfolio';

/** Durations with one decimal and the unit's short name ("12.3 d"); a dash when there is none. */
export function days(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : `${n.toFixed(1)} d`;
}

/** A per-week rate: one decimal, no sign. */
export function perWeek(n: number): string {
  return `${n.toFixed(1)}/wk`;
}

/** A change with its sign always shown (+3, −2, ±0), so it never rests on colour alone. */
export function signed(n: number, digits = 0): string {
  const text = Math.abs(n).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return n > 0 ? `+${text}` : `−${text}`;
}

/** The median's trend in words, with its sign: "▼ 2.1 d faster", "▲ 0.5 d slower". */
export function trendWords(lead: Pick<PortfolioLeadTimeDto, 'trend' | 'changeP50'>): string {
  const change = lead.changeP50 === null ? '' : `${Math.abs(lead.changeP50).toFixed(1)} d `;
  const words: Record<TrendDirection, string> = {
    faster: `▼ ${change}faster`,
    slower: `▲ ${change}slower`,
    unchanged: '= no change',
    'no-data': 'no earlier data',
  };
  return words[lead.trend];
}

/** "1 Oct – 30 Nov 2025" for a period's ISO days, in the browser's language. */
export function dayRange(from: string, to: string): string {
  const fmt = (iso: string, year: boolean): string =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  return `${fmt(from, from.slice(0, 4) !== to.slice(0, 4))} – ${fmt(to, true)}`;
}

/** "Updated 14:05" from an ISO instant, in the viewer's time zone. */
export function updatedAt(iso: string): string {
  return `Updated ${new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}
