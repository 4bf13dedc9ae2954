import { useState } from 'react';
import type { SquadConfig } from '../../../../src/contract';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';
import { PageFrame } from '../../components/page-frame';
import { SquadEditor } from './editor/squad-editor';
import { newDraft, withProjects } from './editor/draft';
import type { StepId } from './editor/steps';
import { SquadList } from './squad-list';

type View =
  | { kind: 'list' }
  | { kind: 'loading'; label: string }
  | { kind: 'failed'; error: InvokeError }
  | { kind: 'editor'; config: SquadConfig; revision: number | null; names: Record<string, string>; startAt: StepId };

/** Names of the projects a config spans, for the picker's labels (as the user sees them). */
async function projectNames(keys: readonly string[]): Promise<Record<string, string>> {
  if (keys.length === 0) return {};
  const { projects } = await invoke('squads.searchProjects', { keys: [...keys] });
  return Object.fromEntries(projects.map((p) => [p.key, p.name]));
}

interface AdminPageProps {
  /**
   * Set on a project's settings page (`jira:projectSettingsPage`): the squads listed are those of
   * this project the user manages whole (the server decides), and a new squad starts with it.
   */
  projectKey?: string;
}

/** `jira:adminPage`: the squads of this site, and the flow that creates or changes one. */
export default function AdminPage({ projectKey }: AdminPageProps = {}) {
  const [view, setView] = useState<View>({ kind: 'list' });
  const [listVersion, setListVersion] = useState(0);

  const openEditor = async (config: SquadConfig, revision: number | null, startAt: StepId): Promise<void> => {
    setView({ kind: 'loading', label: 'Opening the squad…' });
    try {
      setView({ kind: 'editor', config, revision, names: await projectNames(config.projects), startAt });
    } catch (err) {
      setView({ kind: 'failed', error: err instanceof InvokeError ? err : new InvokeError('squads.searchProjects', { code: 'INTERNAL', message: String(err) }) });
    }
  };
  /** A new squad from a project's settings starts with that project (the server requires it). */
  const createIn = async (key: string): Promise<void> => {
    setView({ kind: 'loading', label: 'Opening a new squad…' });
    try {
      const names = await projectNames([key]);
      setView({ kind: 'editor', config: withProjects(newDraft(), [{ key, name: names[key] ?? key }]), revision: null, names, startAt: 'basics' });
    } catch (err) {
      setView({ kind: 'failed', error: err instanceof InvokeError ? err : new InvokeError('squads.searchProjects', { code: 'INTERNAL', message: String(err) }) });
    }
  };
  const edit = async (squadId: string): Promise<void> => {
    setView({ kind: 'loading', label: 'Loading the squad…' });
    try {
      const detail = await invoke('squads.get', { squadId });
      await openEditor(detail.config, detail.revision, 'basics');
    } catch (err) {
      setView({ kind: 'failed', error: err instanceof InvokeError ? err : new InvokeError('squads.get', { code: 'INTERNAL', message: String(err) }) });
    }
  };
  const backToList = (changed: boolean): void => {
    if (changed) setListVersion((v) => v + 1);
    setView({ kind: 'list' });
  };

  switch (view.kind) {
    case 'list':
      return (
        <SquadList
          key={listVersion}
          projectKey={projectKey}
          onCreate={() => (projectKey === undefined ? setView({ kind: 'editor', config: newDraft(), revision: null, names: {}, startAt: 'basics' }) : void createIn(projectKey))}
          onEdit={(id) => void edit(id)}
          onImported={(config, existingRevision, copy) => void openEditor(config, existingRevision, copy ? 'basics' : 'review')}
        />
      );
    case 'loading':
      return (
        <PageFrame title="SquadFlow squads">
          <Loading label={view.label} />
        </PageFrame>
      );
    case 'failed':
      return (
        <PageFrame title="SquadFlow squads">
          <ErrorBanner error={view.error} onRetry={() => setView({ kind: 'list' })} />
        </PageFrame>
      );
    case 'editor':
      return <SquadEditor revision={view.revision} initial={view.config} projectNames={view.names} startAt={view.startAt} onClose={backToList} />;
  }
}
