import { z } from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';

/**
 * The small key readers open first: which generation of a squad's issue data is published and how
 * many segments it has. Written last when a backfill publishes, so a reader sees the old copy or the
 * new one, never a mix.
 */
export const dataManifestSchema = z.object({
  v: z.literal(1),
  generation: z.number().int().positive(),
  segments: z.number().int().positive(),
  issueCount: z.number().int().nonnegative(),
  /** Fetch scope the data was gathered for (projects, extra fields); see src/sync/fetch-scope.ts. */
  scopeKey: z.string(),
  publishedAtMs: z.number(),
});
export type DataManifest = z.infer<typeof dataManifestSchema>;

export async function readManifest(store: KeyValueStore, squadId: string): Promise<DataManifest | undefined> {
  const raw = await store.get(keys.dataManifest(squadId));
  if (raw === undefined) return undefined;
  const parsed = dataManifestSchema.safeParse(raw);
  // An unreadable manifest means "no data": the next backfill writes a fresh one.
  return parsed.success ? parsed.data : undefined;
}

export async function writeManifest(store: KeyValueStore, squadId: string, manifest: DataManifest): Promise<void> {
  await store.set(keys.dataManifest(squadId), manifest);
}
