import { useCallback, useEffect, useMemo, useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { BOARD_MAX_ITEMS, type BoardCardDto } from '../../../../src/contract/board';
import { pickSquad } from '../../../../src/contract/pick-squad';
import type { SquadSummaryDto } from '../../../../src/contract/squads';
import { ErrorBanner } from '../../components/error-banner';
import { PageFrame } from '../../components/page-frame';
import { Placeholder } from '../../components/placeholder';
import { SquadMissingMessage } from '../../components/squad-missing';
import { useHostContext } from '../../host/host-context';
import { openIssue } from '../../host/host-actions';
import { BoardGrid } from './board-grid';
import { activeFilterCount, filtersFromQuery, isTruncated } from './board-model';
import { useBoardData, type BoardData } from './use-board-data';
import { useBoardFirstView } from './use-board-first-view';

/**
 * The squad shown: `?squad=` (or the one picked here), else the first squad covering the project
 * (`pickSquad`, the rule `board.page` answered by). A `?squad=` the viewer cannot see, or that does
 * not exist, is said so, never silently replaced by another squad.
 */
function useSquadChoice(projectKey: string | null, wanted: string | null) {
  const first = useBoardFirstView(wanted);
  const [picked, setPicked] = useState<string | null>(null);
  const choice = first.status === 'ready' ? pickSquad(first.data.squads, picked ?? wanted, projectKey) : null;
  const squad = choice?.kind === 'chosen' ? choice.squad : null;
  return { first, choice, squad, pick: setPicked };
}

/** The squad board (project page, route `board`): one column per stage across the squad's projects. */
export default function BoardPage() {
  const { projectKey, squadId } = useHostContext();
  const { first, choice, squad, pick } = useSquadChoice(projectKey, squadId);
  const options = choice === null || choice.kind === 'none' ? [] : choice.options;
  const [filters, setFilters] = useState(() => filtersFromQuery(window.location.search));
  const text = useDebounced(filters.text, 400);
  const ask = useMemo(() => ({ filters, text }), [filters, text]);
  const board = useBoardData(squad?.id ?? null, ask);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const overview = board.data.status === 'ready' ? board.data.overview : null;
  const unmappedNames = useMemo(() => (board.data.status === 'ready' ? unmappedStatuses(board.data.cards) : []), [board.data]);

  return (
    <PageFrame
      title="Squad board"
      actions={
        <Inline space="space.100" alignBlock="center">
          {options.length > 1 && squad !== null ? (
            <SquadSelect options={options} value={squad.id} onPick={pick} />
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
      {first.status === 'error' && <ErrorBanner error={first.error} onRetry={first.reload} />}
      {choice?.kind === 'missing' && (
        <SquadMissingMessage
          wanted={choice.wanted}
          testId="board-squad-missing"
          picker={
            choice.options.length > 0 && (
              <Inline space="space.100" alignBlock="center">
                <SquadSelect options={choice.options} value={null} onPick={pick} label="Show another squad" />
              </Inline>
            )
          }
        />
      )}
      {choice?.kind === 'none' && (
        <EmptyState
          header="No squad covers this project yet"
          headingLevel={2}
          description="A Jira admin sets up squads (their projects, stages and status mapping) on the SquadFlow admin page; the squad's board appears here."
          testId="board-empty"
        />
      )}
      {board.data.status === 'error' && <ErrorBanner error={board.data.error} onRetry={board.reload} />}
      {(first.status === 'loading' || (squad !== null && board.data.status === 'loading')) && <BoardPlaceholder />}
      {board.data.status === 'ready' && <CapNotice data={board.data} wholeTruncated={board.wholeTruncated} flaggedOnly={filters.flagged && activeFilterCount(filters) === 1} />}
      {overview?.configNotice != null && (
        <SectionMessage appearance="warning" title="This squad's setup no longer matches Jira" testId="board-config-notice">
          <Text as="p">{overview.configNotice}</Text>
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
        <BoardGrid squadId={squad.id} overview={board.data.overview} cards={board.data.cards} complete={board.data.complete} update={board.update} announce={announce} filters={filters} onFilters={setFilters} onOpenIssue={(key) => void openIssue(key)} />
      )}
    </PageFrame>
  );
}

/** The squads the board may show, by name; `value` null offers a choice without one made. */
function SquadSelect({ options, value, onPick, label = 'Squad' }: { options: readonly SquadSummaryDto[]; value: string | null; onPick: (id: string) => void; label?: string }) {
  return (
    <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center', font: token('font.body') }}>
      {label}
      <select value={value ?? ''} onChange={(e) => e.target.value !== '' && onPick(e.target.value)} style={{ font: token('font.body'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: 3, padding: '3px 6px' }}>
        {value === null && (
          <option value="" disabled>
            Choose a squad
          </option>
        )}
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** After the user stops typing for `ms`, the value; the text filter asks Jira once, not per key. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Past 5,000 items: about how many there are, and what the filters do about it. With filters
 * asked of Jira, whether the narrowed board is complete or still too big.
 */
function CapNotice({ data, wholeTruncated, flaggedOnly }: { data: Extract<BoardData, { status: 'ready' }>; wholeTruncated: boolean; flaggedOnly: boolean }) {
  const about = (n: number | null) => (n ?? BOARD_MAX_ITEMS).toLocaleString('en');
  const cap = BOARD_MAX_ITEMS.toLocaleString('en');
  if (!wholeTruncated) return null;
  if (data.refreshing) return <Text color="color.text.subtle">Asking Jira for the items these filters keep…</Text>;
  if (data.narrow === null) {
    return (
      <SectionMessage appearance="warning" title="Too many items for one board">
        <Text as="p">
          About {about(data.overview.approximateTotal)} items are in flight; the board shows the first {cap}. Narrow it with the quick filters or the text filter: Jira is then asked for exactly the items they keep, so the narrowed board is complete.
          {flaggedOnly ? ' The Flagged filter alone works on the cards shown.' : ''}
        </Text>
      </SectionMessage>
    );
  }
  if (isTruncated(data.overview, data.cards, data.complete)) {
    return (
      <SectionMessage appearance="warning" title="Still too many items">
        <Text as="p">
          About {about(data.overview.approximateTotal)} items match these filters; the board shows the first {cap}. Add a filter or a more specific text to see them all.
        </Text>
      </SectionMessage>
    );
  }
  return <Text color="color.text.subtle">Filtered in Jira: {data.complete ? `all ${data.cards.length.toLocaleString('en')} matching items are on the board.` : 'the matching items are loading.'}</Text>;
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
