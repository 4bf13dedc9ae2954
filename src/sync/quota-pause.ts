import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from '../store/keys';

/**
 * Installation-wide pause of background work after a `jira-quota-*` 429: Jira's hourly points
 * budget is shared by every job of the app, so retrying any of them before the reset only burns
 * more of it. Stored with a TTL so it disappears by itself.
 */
export async function pauseBackgroundWork(store: KeyValueStore, untilMs: number, nowMs: number): Promise<void> {
  const current = await readQuotaPause(store, nowMs);
  if (current !== null && current >= untilMs) return;
  const ttlSeconds = Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
  await store.set(keys.quotaPause(), { untilMs }, { ttlSeconds });
}

/** The instant background work may resume, or null when not paused. */
export async function readQuotaPause(store: KeyValueStore, nowMs: number): Promise<number | null> {
  const raw = await store.get<{ untilMs: number }>(keys.quotaPause());
  if (raw === undefined || typeof raw.untilMs !== 'number' || raw.untilMs <= nowMs) return null;
  return raw.untilMs;
}
