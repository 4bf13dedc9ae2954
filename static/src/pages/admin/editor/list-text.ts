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
