import { z } from 'zod';
import { readManifest, type DataManifest } from '../store/data-manifest';
import { readDataStamp } from '../store/data-stamp';
import { readIssueCounts } from '../store/issue-counts';
import { readPublishedIssues } from '../store/issue-segments';
import { keys } from '../store/keys';
import { storedProject, type StoredIssue } from '../store/stored-issue';
import type { SquadViewDeps } from './deps';

/** One state of a squad's published data: a generation, and the stamp of in-place changes to it. */
export interface DataVersion {
  manifest: DataManifest;
  stamp: string;
}

const viewIndexSchema = z.object({ generation: z.number(), stamp: z.string(), counts: z.record(z.string(), z.number()) });

/** The published generation and its stamp (two small reads); undefined when nothing is published. */
export async function readDataVersion(deps: SquadViewDeps, squadId: string): Promise<DataVersion | undefined> {
  const [manifest, stamp] = await Promise.all([readManifest(deps.store, squadId), readDataStamp(deps.store, squadId)]);
  return manifest === undefined ? undefined : { manifest, stamp };
}

export interface StoredCounts {
  /** Stored issues per project key. */
  counts: Record<string, number>;
  /** The issues, when they had to be read to count them (a cold read); undefined otherwise. */
  issues: StoredIssue[] | undefined;
  version: DataVersion;
}

/**
 * Stored issues per project for `version`: the counts the sync keeps with the data when they are of
 * that generation and stamp; else from a small index kept for them; when both are stale the issues
 * are read (once) and counted, and the index rewritten.
 */
export async function storedCounts(deps: SquadViewDeps, squadId: string, version: DataVersion): Promise<StoredCounts> {
  // Kept with the data by the sync (written in the same transaction): exact without a recount.
  const kept = await readIssueCounts(deps.store, squadId);
  if (kept !== undefined && kept.generation === version.manifest.generation && kept.stamp === version.stamp) return { counts: kept.counts, issues: undefined, version };
  const parsed = viewIndexSchema.safeParse(await deps.store.get(keys.viewIndex(squadId)));
  if (parsed.success && parsed.data.generation === version.manifest.generation && parsed.data.stamp === version.stamp) {
    return { counts: parsed.data.counts, issues: undefined, version };
  }
  const published = await readPublishedIssues(deps.store, squadId);
  if (published === undefined) return { counts: {}, issues: [], version };
  const read: DataVersion = { manifest: published.manifest, stamp: version.stamp };
  const counts = countByProject(published.issues);
  await deps.store.set(keys.viewIndex(squadId), { generation: read.manifest.generation, stamp: read.stamp, counts });
  return { counts, issues: published.issues, version: read };
}

export function countByProject(issues: readonly StoredIssue[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of issues) {
    const p = storedProject(s);
    counts[p] = (counts[p] ?? 0) + 1;
  }
  return counts;
}
