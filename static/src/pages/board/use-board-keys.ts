import { useCallback, useEffect, useRef } from 'react';

/** Cards of each rendered cell, by column, with a way to scroll a virtualised cell to a card. */
export interface CellEntry {
  column: number;
  lane: number;
  cards: readonly { key: string }[];
  scrollTo: (index: number) => void;
}

/**
 * j/k between cards of a column (across its lanes), n/p between columns, `?` for the shortcut list.
 * Cards virtualised out of view are scrolled in before they take focus.
 */
export function useBoardKeys(onShortcuts: () => void, columns: number) {
  const cells = useRef(new Map<string, CellEntry>());
  const focused = useRef<string | null>(null);

  // Stable, so a cell registers again only when its own cards change, not on every render.
  const register = useCallback((id: string, entry: CellEntry) => {
    cells.current.set(id, entry);
    return () => {
      if (cells.current.get(id) === entry) cells.current.delete(id);
    };
  }, []);

  const columnKeys = useCallback((column: number): { key: string; scroll: () => void }[] => {
    const mine = [...cells.current.values()].filter((c) => c.column === column).sort((a, b) => a.lane - b.lane);
    return mine.flatMap((c) => c.cards.map((card, i) => ({ key: card.key, scroll: () => c.scrollTo(i) })));
  }, []);

  const focusKey = useCallback((entry: { key: string; scroll: () => void } | undefined) => {
    if (entry === undefined) return;
    const find = () => document.querySelector<HTMLElement>(`[data-issue-key="${CSS.escape(entry.key)}"]`);
    const el = find();
    if (el !== null) {
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
      return;
    }
    entry.scroll();
    requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
  }, []);

  const columnOf = useCallback((key: string): number => {
    for (const c of cells.current.values()) if (c.cards.some((x) => x.key === key)) return c.column;
    return -1;
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t !== null && (t.closest('input, textarea, select, [role="menu"], [role="dialog"]') !== null || t.isContentEditable)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '?') {
        e.preventDefault();
        onShortcuts();
        return;
      }
      if (!['j', 'k', 'n', 'p'].includes(e.key)) return;
      e.preventDefault();
      const key = focused.current;
      const col = key === null ? -1 : columnOf(key);
      if (e.key === 'j' || e.key === 'k') {
        const list = columnKeys(col < 0 ? 0 : col);
        const at = key === null ? -1 : list.findIndex((x) => x.key === key);
        focusKey(e.key === 'j' ? list[Math.min(at + 1, list.length - 1)] : list[Math.max(at - 1, 0)]);
        return;
      }
      const step = e.key === 'n' ? 1 : -1;
      for (let c = col + step; c >= 0 && c < columns; c += step) {
        const list = columnKeys(c);
        if (list.length > 0) {
          focusKey(list[0]);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [columnKeys, columnOf, focusKey, onShortcuts, columns]);

  const onFocusCard = useCallback((key: string) => {
    focused.current = key;
  }, []);
  return { register, onFocusCard, focusKey: (key: string) => focusKey({ key, scroll: () => undefined }) };
}
