import { useState } from 'react';
import type { SquadMetricsDto } from '../../../../src/contract/metrics';

/** True when two answers differ in their per-item rows at most (every other section the same object). */
export function sameExceptItems(a: SquadMetricsDto, b: SquadMetricsDto): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k !== 'items' && (a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  }
  return true;
}

/**
 * The answer the charts without per-item rows were built from, kept while only the rows change:
 * a large view's rows arrive after its figures (`{ ...answer, items }`), and redrawing seven
 * charts whose figures did not change then cost as much as drawing them the first time.
 */
export function useSameFigures(dto: SquadMetricsDto): SquadMetricsDto {
  const [kept, setKept] = useState(dto);
  const same = sameExceptItems(kept, dto);
  // Kept from an earlier render (React's "storing information from previous renders" pattern).
  if (!same) setKept(dto);
  return same ? kept : dto;
}
