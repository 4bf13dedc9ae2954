import { useCallback, useEffect, useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import Select from '@atlaskit/select';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SquadSummaryDto } from '../../../../src/contract/squads';
import { PageFrame } from '../../components/page-frame';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';
import { SquadMissingMessage } from '../../components/squad-missing';
import { useHostContext } from '../../host/host-context';
import { pushPageQuery, readPageQuery, watchPageQuery } from '../../host/host-actions';
import { HeadlineTilesPlaceholder } from './headline-tiles';
import { localDay, parseControls, writeControls, type PanelControls } from './panel-controls';
import { pickSquad } from '../../../../src/contract/pick-squad';
import { SquadMetrics } from './squad-metrics';
import { useFirstView } from './use-first-view';
import { loadECharts } from '../../components/charts/load-echarts';

// Every view of this page draws charts: fetch the chart library while the squad and its figures
// load, not after they arrive (it was the last step of a waterfall on first render).
loadECharts().catch(() => undefined);

const pickerBox = xcss({ minWidth: '220px' });

function SquadPicker({ options, value, onPick }: { options: SquadSummaryDto[]; value: string | null; onPick: (id: string) => void }) {
  const choices = options.map((s) => ({ value: s.id, label: s.name }));
  return (
    <Box xcss={pickerBox}>
      <Select<{ value: string; label: string }, false>
        inputId="metrics-squad"
        aria-label="Squad"
        spacing="compact"
        options={choices}
        value={choices.find((c) => c.value === value) ?? null}
        placeholder="Choose a squad"
        onChange={(c) => c && onPick(c.value)}
      />
    </Box>
  );
}

/**
 * The page's controls, read from and written back to its URL without a reload. Each change is a
 * history entry, so Back and Forward step through the views (and a reload shows the same one).
 */
function useUrlControls(): [PanelControls | null, (next: PanelControls) => void] {
  const [controls, setControls] = useState<PanelControls | null>(null);
  useEffect(() => {
    let current = true;
    readPageQuery().then(
      (search) => current && setControls(parseControls(search)),
      () => current && setControls(parseControls('')),
    );
    const unwatch = watchPageQuery((search) => current && setControls(parseControls(search)));
    return () => {
      current = false;
      unwatch();
    };
  }, []);
  const update = useCallback((next: PanelControls) => {
    setControls(next);
    void readPageQuery().then((search) => {
      const wanted = writeControls(next, search);
      return wanted === search ? undefined : pushPageQuery(wanted);
    });
  }, []);
  return [controls, update];
}

/** Speed metrics (project page, route `metrics`): how fast ideas reach a pilot, and what is stuck. */
export default function MetricsPage() {
  const { projectKey, squadId: contextSquad } = useHostContext();
  const [controls, setControls] = useUrlControls();
  const list = useFirstView(controls, contextSquad);
  const [today] = useState(() => localDay(Date.now()));
  const choice = list.status === 'ready' && controls !== null ? pickSquad(list.data.squads, controls.squad ?? contextSquad, projectKey) : null;
  const pick = (id: string): void => {
    if (controls !== null) setControls({ ...controls, squad: id, disciplines: [], issueTypes: [], from: null, to: null });
  };
  const squad = choice?.kind === 'chosen' ? choice.squad : null;
  return (
    <PageFrame
      title="Speed metrics"
      actions={
        <Inline space="space.100" alignBlock="center" shouldWrap>
          {squad !== null && choice?.kind === 'chosen' && choice.options.length > 1 ? (
            <SquadPicker options={choice.options} value={squad.id} onPick={pick} />
          ) : (
            squad !== null && (
              <Lozenge appearance="inprogress" testId="metrics-squad-name">
                {squad.name}
              </Lozenge>
            )
          )}
          {projectKey && <Lozenge appearance="new">Project {projectKey}</Lozenge>}
        </Inline>
      }
    >
      {(list.status === 'loading' || controls === null) && list.status !== 'error' && (
        <Stack space="space.200">
          <Loading label="Loading squads…" />
          <HeadlineTilesPlaceholder />
        </Stack>
      )}
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {choice?.kind === 'none' && (
        <EmptyState
          header="No squad covers this project yet"
          headingLevel={2}
          description="A Jira admin sets up squads (their projects, stages and status mapping) on the SquadFlow admin page; their metrics appear here."
          testId="metrics-empty"
        />
      )}
      {choice?.kind === 'missing' && (
        <SquadMissingMessage
          wanted={choice.wanted}
          testId="metrics-squad-missing"
          picker={
            choice.options.length > 0 && (
              <Inline space="space.100" alignBlock="center">
                <Text>Show another squad:</Text>
                <SquadPicker options={choice.options} value={null} onPick={pick} />
              </Inline>
            )
          }
        />
      )}
      {squad !== null && controls !== null && (
        <Stack space="space.150">
          <Text size="large" weight="semibold" testId="metrics-squad-heading">
            {squad.name}
          </Text>
          <SquadMetrics key={squad.id} squad={squad} controls={controls} onChange={setControls} today={today} />
        </Stack>
      )}
    </PageFrame>
  );
}
