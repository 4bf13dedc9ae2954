/** Issue keys in natural order: MKT-2 before MKT-10. */
export function compareKeys(a: string, b: string): number {
  const da = a.lastIndexOf('-');
  const db = b.lastIndexOf('-');
  const pa = a.slice(0, da);
  const pb = b.slice(0, db);
  if (pa !== pb) return pa < pb ? -1 : 1;
  const na = Number(a.slice(da + 1));
  const nb = Number(b.slice(db + 1));
  if (na !== nb && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
