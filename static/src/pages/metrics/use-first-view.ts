import { useCallback, useEffect, useState } from 'react';
import type { MetricsPageDto } from '../../../../src/contract/metrics-page';
import { panelPageQuestion } from '../../../../src/contract/metrics-panel-question';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { primeAnswer } from '../../api/early-answers';
import type { Resource } from '../../api/use-resource';
import { metricsPayload, type PanelControls } from './panel-controls';

/**
 * The page's first view in one call (`metrics.page`): the squads it may offer, and, for the squad
 * it shows, the answers `squads.get` and `metrics.get` would give, handed to the components that
 * ask them (early-answers.ts) so they wait for no round trip of their own. One call a page view
 * means one permission check as the viewer. Asked once, with the controls the page opened with;
 * later control changes ask `metrics.get`, and the squads stay. `reload()` asks again.
 */
export function useFirstView(controls: PanelControls | null, contextSquad: string | null): Resource<MetricsPageDto> & { reload: () => void } {
  const [opened, setOpened] = useState<PanelControls | null>(null);
  // The controls the page opened with, kept from an earlier render (React's "previous renders" pattern).
  if (controls !== null && opened === null) setOpened(controls);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ attempt: number; result: Exclude<Resource<MetricsPageDto>, { status: 'loading' }> } | null>(null);

  useEffect(() => {
    if (opened === null) return undefined;
    let current = true;
    const wanted = opened.squad ?? contextSquad;
    invoke('metrics.page', panelPageQuestion(wanted, opened)).then(
      (page) => {
        if (!current) return;
        if (page.choice.kind === 'chosen') {
          primeAnswer('squads.get', { squadId: page.choice.squadId }, { ok: true, data: page.choice.detail });
          primeAnswer('metrics.get', metricsPayload(page.choice.squadId, opened), page.choice.answer);
        }
        setSettled({ attempt, result: { status: 'ready', data: page } });
      },
      (err: unknown) => {
        const error = err instanceof InvokeError ? err : new InvokeError('metrics.page', { code: 'INTERNAL', message: String(err) });
        if (current) setSettled({ attempt, result: { status: 'error', error } });
      },
    );
    return () => {
      current = false;
    };
  }, [opened, contextSquad, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...(settled !== null && settled.attempt === attempt ? settled.result : { status: 'loading' as const }), reload };
}
