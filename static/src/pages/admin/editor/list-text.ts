/** "2025-12-25, 2025-12-26" ⇄ ['2025-12-25', '2025-12-26']: lists typed as text, split on commas or spaces. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Numbers typed as a list; a word that is not a number stays NaN so the schema names its place. */
export function splitNumbers(text: string): number[] {
  return splitList(text).map(Number);
}

/**
 * "Marketing: 3, IT: 2" ⇄ { Marketing: 3, IT: 2 }: per-lane WIP limits typed as text. A number that
 * is not one stays NaN so the schema names the lane; empty text is no limits at all.
 */
export function parseLaneLimits(text: string): Record<string, number> | undefined {
  const entries = text
    .split(/[,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): [string, number] => {
      const at = part.lastIndexOf(':');
      return at < 0 ? [part, NaN] : [part.slice(0, at).trim(), Number(part.slice(at + 1).trim())];
    });
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

export function formatLaneLimits(limits: Readonly<Record<string, number>> | undefined): string {
  return Object.entries(limits ?? {})
    .map(([lane, n]) => `${lane}: ${n}`)
    .join(', ');
}
