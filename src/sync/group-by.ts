/**
 * Items grouped by `keyOf` (as `valueOf` maps them), groups in first-seen order. Linear: appending
 * by copying (`[...list, x]`) made grouping tens of thousands of issues quadratic.
 *
 * @example groupBy(['MKT-1', 'IT-2', 'MKT-3'], (k) => k.split('-')[0]) // Map { MKT → [MKT-1, MKT-3], IT → [IT-2] }
 */
export function groupBy<T, K, V = T>(items: Iterable<T>, keyOf: (item: T) => K, valueOf: (item: T) => V = (item) => item as unknown as V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [valueOf(item)]);
    else group.push(valueOf(item));
  }
  return groups;
}
