import { useState } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { IssueJourneyDto } from '../../../../src/contract/journey';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { useResource } from '../../api/use-resource';
import { ErrorBanner } from '../../components/error-banner';
import { PageFrame } from '../../components/page-frame';
import { Placeholder } from '../../components/placeholder';
import { useHostContext } from '../../host/host-context';
import { JourneySection } from './journey-section';

/** The issue panel: where this item is in its squad's flow, how long each stage took, and its quick-win state. */
export default function IssuePanelPage() {
  const { issueKey } = useHostContext();
  const journey = useResource('issue.journey', {});
  const [override, setOverride] = useState<IssueJourneyDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const data = override ?? (journey.status === 'ready' ? journey.data : null);

  const setQuickWin = async (squadId: string, on: boolean) => {
    if (data === null) return;
    setBusy(true);
    setProblem(null);
    try {
      const r = await invoke('board.quickWin', { squadId, issueKeys: [data.issueKey], action: on ? 'add' : 'remove' });
      const result = r.results[0];
      if (result?.ok === true) setOverride({ ...data, squads: data.squads.map((s) => (s.quickWinLabel === r.label ? { ...s, quickWin: on, suggestedQuickWin: false } : s)) });
      else setProblem(result?.message ?? 'Jira did not change the label.');
    } catch (err) {
      setProblem(err instanceof InvokeError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageFrame title="SquadFlow" compact actions={issueKey && <Lozenge appearance="new">{issueKey}</Lozenge>}>
      {journey.status === 'loading' && <Placeholder height={300} label="Loading the stage timeline" />}
      {journey.status === 'error' && journey.error.code === 'NOT_FOUND' && (
        <SectionMessage appearance="warning" title="Issue not available" testId="journey-not-found">
          <Text as="p">{issueKey ?? 'This issue'} does not exist, or you do not have permission to see it.</Text>
        </SectionMessage>
      )}
      {journey.status === 'error' && journey.error.code !== 'NOT_FOUND' && <ErrorBanner error={journey.error} onRetry={journey.reload} />}
      {data !== null && data.squads.length === 0 && (
        <Text as="p" testId="journey-no-squad">
          {data.issueKey} is not in any squad: no SquadFlow squad covers its project and issue type.
        </Text>
      )}
      {data !== null && data.squads.length > 0 && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          <p style={{ margin: 0, font: token('font.body.small'), color: token('color.text.subtle') }} data-testid="journey-squads">
            {data.squads.length === 1 ? `In squad ${data.squads[0]?.squadName ?? ''}` : `In ${data.squads.length} squads: ${data.squads.map((s) => s.squadName).join(', ')}`}
          </p>
          {data.squads.map((s) => (
            <JourneySection key={s.squadId} squad={s} showName={data.squads.length > 1} canEdit={data.canEdit} busy={busy} onQuickWin={(on) => void setQuickWin(s.squadId, on)} />
          ))}
          {problem !== null && (
            <SectionMessage appearance="error" title="The quick-win label was not changed">
              <Text as="p">{problem}</Text>
            </SectionMessage>
          )}
        </div>
      )}
    </PageFrame>
  );
}
