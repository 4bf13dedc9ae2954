/**
 * How deeply a JSON text nests, read from the raw text without parsing it: parsers and schema
 * walkers recurse, so a 30,000-deep envelope must be refused before anything walks it. Counts
 * `[`/`{` outside strings and stops as soon as the bound is passed (linear, no recursion).
 */
export function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
