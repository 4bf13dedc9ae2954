import { useEffect, useMemo, useRef } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ProjectStatusesDto } from '../../../../../src/contract';
import { useResource } from '../../../api/use-resource';
import { ErrorBanner } from '../../../components/error-banner';
import { Loading } from '../../../components/loading';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';
import { statusLabels, suggestedMap, unmappedOf } from './mapping-rows';
import { ProjectMappingTable } from './project-mapping-table';

interface StepMappingProps {
  draft: Draft;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
  /** Tells the editor what Jira has, for the unmapped warning on the review step. */
  onLoaded: (projects: ProjectStatusesDto[]) => void;
}

/**
 * Each project's real statuses (from its workflows), with issue counts, mapped by ID to a stage or
 * to Dropped. A project with nothing mapped yet gets the suggested mapping at once; the admin only
 * changes what is wrong.
 */
export function StepMapping({ draft, errors, onChange, onLoaded }: StepMappingProps) {
  const stageNames = draft.stages.map((s) => s.name);
  const res = useResource('squads.projectStatuses', { projectKeys: draft.projects, stageNames });
  const suggestedFor = useRef(new Set<string>());
  const projects = res.status === 'ready' ? res.data.projects : null;

  useEffect(() => {
    if (projects === null) return;
    onLoaded(projects);
    const fresh = projects.filter((p) => Object.keys(draft.statusMap[p.key] ?? {}).length === 0 && !suggestedFor.current.has(p.key));
    if (fresh.length === 0) return;
    fresh.forEach((p) => suggestedFor.current.add(p.key));
    onChange({ ...draft, statusMap: { ...draft.statusMap, ...Object.fromEntries(fresh.map((p) => [p.key, suggestedMap(p)])) } });
    // Only a new answer from Jira may fill in suggestions; edits to the draft must not re-trigger it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projects]);

  const labels = useMemo(() => statusLabels(projects ?? []), [projects]);
  if (draft.projects.length === 0) return <SectionMessage appearance="warning" title="Pick projects first">Go back and pick the squad’s Jira projects.</SectionMessage>;
  if (res.status === 'loading') return <Loading label="Loading the projects’ workflows and issue counts…" />;
  if (res.status === 'error') return <ErrorBanner error={res.error} onRetry={res.reload} />;
  const data = res.data.projects;

  const unmapped = data.map((p) => ({ project: p, ...unmappedOf(p, draft.statusMap[p.key] ?? {}) })).filter((u) => u.statuses.length > 0);
  const applySuggestions = (): void =>
    onChange({
      ...draft,
      statusMap: Object.fromEntries(data.map((p) => [p.key, { ...suggestedMap(p), ...(draft.statusMap[p.key] ?? {}) }])),
    });

  return (
    <Stack space="space.300">
      <Text as="p" color="color.text.subtle">
        Statuses are mapped by ID: two projects may both have a “Pilot” that means different things. Names that repeat show their ID.
      </Text>
      {unmapped.length > 0 ? (
        <SectionMessage appearance="warning" title="Some statuses are not mapped" testId="unmapped-warning" actions={<SectionMessageAction onClick={applySuggestions}>Map them as suggested</SectionMessageAction>}>
          <Stack space="space.050">
            {unmapped.map((u) => (
              <Text as="p" key={u.project.key}>
                {u.project.key}: {u.statuses.map((s) => labels.get(s.id) ?? s.name).join(', ')} — {u.issues} {u.issues === 1 ? 'issue sits' : 'issues sit'} there and will not show on the board.
              </Text>
            ))}
          </Stack>
        </SectionMessage>
      ) : (
        <SectionMessage appearance="success" title="Every status is mapped" testId="all-mapped">
          <Text as="p">Every status of {data.map((p) => p.key).join(' and ')} goes to a stage or to Dropped.</Text>
        </SectionMessage>
      )}
      {data.map((p) => (
        <Stack space="space.100" key={p.key}>
          <Heading size="small" as="h3">
            {p.name} ({p.key})
          </Heading>
          <ProjectMappingTable project={p} draft={draft} labels={labels} errors={errors} onChange={onChange} />
        </Stack>
      ))}
      <Inline>
        <Button appearance="subtle" onClick={() => onChange({ ...draft, statusMap: Object.fromEntries(data.map((p) => [p.key, suggestedMap(p)])) })} testId="reset-suggestions">
          Reset every project to the suggested mapping
        </Button>
      </Inline>
    </Stack>
  );
}
