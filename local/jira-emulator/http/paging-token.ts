import { hashString } from '../../demo-data';

/**
 * Opaque page tokens: base64url of the next offset and a fingerprint of the query (and who asked),
 * so a token replayed against another query is refused instead of silently paging wrongly.
 */
export function encodePageToken(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: hashString(fingerprint) })).toString('base64url');
}

/** The offset a token stands for, or null when it is malformed or belongs to another query. */
export function decodePageToken(token: string, fingerprint: string): number | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { o, f } = parsed as { o?: unknown; f?: unknown };
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || f !== hashString(fingerprint)) return null;
    return o;
  } catch {
    return null;
  }
}
