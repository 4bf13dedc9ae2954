import { useState } from 'react';

/**
 * What a field holds while typed: the draft, until the value applied from outside (the URL, back
 * and forward, another control) changes, which replaces it. Derived in render, not in an effect.
 */
export function useDraft<T>(applied: T): [T, (next: T) => void] {
  const key = JSON.stringify(applied);
  const [state, setState] = useState<{ key: string; draft: T }>({ key, draft: applied });
  const draft = state.key === key ? state.draft : applied;
  return [draft, (next: T) => setState({ key, draft: next })];
}
