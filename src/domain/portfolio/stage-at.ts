import { UNMAPPED_CODE } from '../timeline/compile-squad';
import type { Timelines } from '../timeline/build-timelines';

/**
 * Where item `i` stood at `atMs`: its last mapped position (stage index, or `DROPPED_CODE`) among
 * the events up to that instant; `UNMAPPED_CODE` when it had none yet (or did not exist).
 * Unlike entry dates, this follows backward moves: an item sent back to Idea is in Idea again.
 */
export function stageAt(t: Timelines, i: number, atMs: number): number {
  const { offsets, atMs: at, code } = t.events;
  let pos = UNMAPPED_CODE;
  const end = offsets[i + 1] as number;
  for (let e = offsets[i] as number; e < end; e++) {
    if ((at[e] as number) > atMs) break;
    const c = code[e] as number;
    if (c !== UNMAPPED_CODE) pos = c;
  }
  return pos;
}
