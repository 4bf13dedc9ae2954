import { parse as parseYaml } from 'yaml';

/**
 * Config files as text (import, validate, the CLI's `--config`): JSON or YAML. The deepest real
 * config nests 5 levels (`stages.0.laneWipLimits.Marketing`); parsers recurse per level, so a
 * file nested thousands deep could exhaust the stack (or the memory of the regexp compiler) before
 * any schema sees it. The depth is therefore measured by a linear scan, without parsing, first.
 */
export const MAX_CONFIG_DEPTH = 16;

export class ConfigTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigTextError';
  }
}

/**
 * An upper estimate of how deep `text` nests, as JSON or as YAML, in one pass and constant memory:
 * flow brackets (`[`, `{`) outside quoted strings and comments, plus block nesting (each deeper
 * indentation and each `- ` or `? ` entry prefix). Stops counting once past `limit`.
 */
export function nestingDepth(text: string, limit = MAX_CONFIG_DEPTH): number {
  let flow = 0;
  let maxDepth = 0;
  const indents: number[] = [];
  let lineStart = true;
  let block = 0;
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (text[j] === ' ' || text[j] === '\t') j++;
      const next = text[j];
      if (next !== '\n' && next !== '\r' && next !== '#' && next !== undefined && flow === 0) {
        const indent = j - i;
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        // `- - - x` nests one level per entry prefix on the same line.
        let prefixes = 0;
        while ((text[j] === '-' || text[j] === '?') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          prefixes++;
          j += 2;
          while (text[j] === ' ' || text[j] === '\t') j++;
        }
        block = indents.length + prefixes;
      }
      i = j - 1;
      prev = ' ';
      continue;
    }
    if (ch === '\n') {
      lineStart = true;
      prev = '\n';
      continue;
    }
    if (ch === '#' && (prev === ' ' || prev === '\t' || prev === '\n')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    // A quote opens a string only where a value may start (in YAML, `it's` is plain text).
    if ((ch === '"' || ch === "'") && ' \t\n[{,:'.includes(prev)) {
      i = skipQuoted(text, i, ch);
      prev = ch;
      continue;
    }
    if (ch === '[' || ch === '{') flow++;
    else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    maxDepth = Math.max(maxDepth, block + flow);
    if (maxDepth > limit) return maxDepth;
    prev = ch ?? '';
  }
  return Math.max(maxDepth, block);
}

/** Index of the closing quote (or the end of the text) of the string opening at `start`. */
function skipQuoted(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote === '"' && ch === '\\') i++;
    else if (ch === quote) {
      // YAML escapes a single quote by doubling it.
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/**
 * Parses a config file's text (JSON, or YAML, of which JSON is a subset) after checking its depth.
 * @throws ConfigTextError with a sentence for people: too deep, or neither JSON nor YAML.
 */
export function parseConfigText(text: string, format: 'json' | 'yaml' = 'yaml'): unknown {
  const depth = nestingDepth(text);
  if (depth > MAX_CONFIG_DEPTH) {
    throw new ConfigTextError(`The file nests more than ${MAX_CONFIG_DEPTH} levels deep; a squad configuration needs at most 5`);
  }
  try {
    return format === 'json' ? (JSON.parse(text) as unknown) : (parseYaml(text, { maxAliasCount: 50, logLevel: 'error' }) as unknown);
  } catch (err) {
    const reason = err instanceof Error ? (err.message.split('\n')[0] ?? '').trim().slice(0, 200) : '';
    const what = format === 'json' ? 'The file is not valid JSON' : 'The file is neither JSON nor YAML';
    throw new ConfigTextError(reason === '' ? what : `${what}: ${reason}`);
  }
}
