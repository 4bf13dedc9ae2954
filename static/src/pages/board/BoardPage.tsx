import { useCallback, useMemo, useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { BoardCardDto } from '../../../../src/contract/board';
import { useResource } from '../../api/use-resource';
import { ErrorBanner } from '../../components/error-banner';
import { PageFrame } from '../../components/page-frame';
import { Placeholder } from '../../components/placeholder';
import { useHostContext } from '../../host/host-context';
import { openIssue } from '../../host/host-actions';
import { BoardGrid } from './board-grid';
import { filtersFromQuery } from './board-model';
import { useBoardData } from './use-board-data';

/** The squad shown: `?squad=` when it covers the project, else the first squad covering the project. */
function useSquadChoice(projectKey: string | null, wanted: string | null) {
  const list = useResource('squads.list', {});
  const covering = list.status === 'ready' ? list.data.squads.filter((s) => projectKey === null || s.projects.includes(projectKey)) : [];
  const [picked, setPicked] = useState<string | null>(wanted);
  const squad = covering.find((s) => s.id === picked) ?? covering[0] ?? null;
  return { list, covering, squad, pick: setPicked };
}

/** The squad board (project page, route `board`): one column per stage across the squad's projects. */
export default function BoardPage() {
  const { projectKey, squadId } = useHostContext();
  const { list, covering, squad, pick } = useSquadChoice(projectKey, squadId);
  const board = useBoardData(squad?.id ?? null);
  const [initialFilters] = useState(() => filtersFromQuery(window.location.search));
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const overview = board.data.status === 'ready' ? board.data.overview : null;
  const unmappedNames = useMemo(() => (board.data.status === 'ready' ? unmappedStatuses(board.data.cards) : []), [board.data]);

  return (
    <PageFrame
      title="Squad board"
      actions={
        <Inline space="space.100" alignBlock="center">
          {covering.length > 1 && squad !== null ? (
            <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center', font: token('font.body') }}>
              Squad
              <select value={squad.id} onChange={(e) => pick(e.target.value)} style={{ font: token('font.body'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: 3, padding: '3px 6px' }}>
                {covering.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            squad !== null && (
              <span data-testid="squad-name" style={{ font: token('font.heading.small'), color: token('color.text') }}>
                {squad.name}
              </span>
            )
          )}
          {projectKey && <Text color="color.text.subtle">Project {projectKey}</Text>}
        </Inline>
      }
    >
      <div aria-live="polite" role="status" data-testid="board-live" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </div>
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && squad === null && (
        <EmptyState
          header="No squad covers this project yet"
          headingLevel={2}
          description="A Jira admin sets up squads (their projects, stages and status mapping) on the SquadFlow admin page; the squad's board appears here."
          testId="board-empty"
        />
      )}
      {board.data.status === 'error' && <ErrorBanner error={board.data.error} onRetry={board.reload} />}
      {(list.status === 'loading' || (squad !== null && board.data.status === 'loading')) && <BoardPlaceholder />}
      {overview !== null && overview.tooMany && (
        <SectionMessage appearance="warning" title="Too many items for one board">
          <Text as="p">
            About {(overview.approximateTotal ?? 5000).toLocaleString('en')} items are in flight; the board shows the first 5,000. Narrow the squad&apos;s issue types, or use the quick filters to find what you need.
          </Text>
        </SectionMessage>
      )}
      {overview !== null && unmappedNames.length > 0 && (
        <SectionMessage appearance="information" title="Some items are in statuses this squad has not mapped">
          <Text as="p">
            {unmappedNames.join(', ')} {unmappedNames.length === 1 ? 'is' : 'are'} not mapped to a stage, so those items sit in the Unmapped column. {overview.mapStatusesHint}
          </Text>
        </SectionMessage>
      )}
      {board.data.status === 'ready' && squad !== null && (
        <BoardGrid squadId={squad.id} overview={board.data.overview} cards={board.data.cards} complete={board.data.complete} update={board.update} announce={announce} initialFilters={initialFilters} onOpenIssue={(key) => void openIssue(key)} />
      )}
    </PageFrame>
  );
}

function unmappedStatuses(cards: readonly BoardCardDto[]): string[] {
  return [...new Set(cards.filter((c) => c.stage === null).map((c) => `${c.statusName} (${c.projectKey})`))];
}

/** The board's shape while it loads: toolbar, then four columns of the height they will have. */
function BoardPlaceholder() {
  return (
    <Stack space="space.200">
      <Placeholder height={32} label="Loading the board" />
      <Box>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(220px, 1fr))', gap: 12 }}>
          {[0, 1, 2, 3].map((i) => (
            <Placeholder key={i} height={560} label="Loading a column" />
          ))}
        </div>
      </Box>
    </Stack>
  );
}
