import { z } from 'zod';

/**
 * Objects that refuse keys they do not know. A misspelt key (`backwardMoves` for `backwardPolicy`)
 * would otherwise be dropped silently and the default used, so every figure would be quietly wrong.
 * Each unknown key becomes its own problem at its own path, naming the closest known key.
 */

/** Keys longer than this are cut in messages: a message must stay small whatever the input. */
const MAX_KEY_SHOWN = 60;

/** The message for one unknown key, given the keys that are allowed where it was found. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const shown = key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key;
  const closest = closestKey(key, known);
  if (closest !== null) return `unknown key ${shown} — did you mean ${closest}?`;
  return known.length > 0 ? `unknown key ${shown} — the keys here are ${known.join(', ')}` : `unknown key ${shown}`;
}

/**
 * The known key a typo most likely meant: a small edit distance (transpositions count as one), or a
 * long shared start ("backwardMoves" → "backwardPolicy"), ignoring case. Null when nothing is close.
 */
export function closestKey(key: string, known: readonly string[]): string | null {
  // Long keys are not typos of short ones; also keeps the distance computation small.
  if (key.length > 64) return null;
  const k = key.toLowerCase();
  let best: { key: string; score: number } | null = null;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const distance = editDistance(k, c);
    const prefix = commonPrefix(k, c);
    const close = distance <= Math.max(1, Math.floor(Math.max(k.length, c.length) / 3)) || (prefix >= 4 && prefix * 2 >= Math.min(k.length, c.length));
    if (!close) continue;
    const score = distance - prefix;
    if (best === null || score < best.score) best = { key: candidate, score };
  }
  return best?.key ?? null;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Separates the per-key messages of one `unrecognized_keys` issue (see `toFieldIssues`). */
export const KEY_MESSAGE_SEPARATOR = '\n';

/** `z.strictObject` whose unknown-key problems name the closest known key. */
export function strictObject<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((k) => unknownKeyMessage(k, known)).join(KEY_MESSAGE_SEPARATOR) : undefined),
  });
}
