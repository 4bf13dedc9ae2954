import { useCallback } from 'react';
import Textfield from '@atlaskit/textfield';
import { AsyncSelect } from '@atlaskit/select';
import { Stack } from '@atlaskit/primitives';
import type { ProjectOptionDto } from '../../../../../src/contract';
import { invoke } from '../../../api/invoke';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';

interface ProjectOption {
  label: string;
  value: string;
  name: string;
}

const toOption = (p: Pick<ProjectOptionDto, 'key' | 'name'>): ProjectOption => ({ label: `${p.name} (${p.key})`, value: p.key, name: p.name });

interface StepBasicsProps {
  draft: Draft;
  isNew: boolean;
  projectNames: Readonly<Record<string, string>>;
  errors: FieldErrors;
  onName: (name: string) => void;
  onId: (id: string) => void;
  onProjects: (projects: Array<{ key: string; name: string }>) => void;
}

/** Name, ID (fixed once created: it keys the stored data) and the Jira projects the squad spans. */
export function StepBasics({ draft, isNew, projectNames, errors, onName, onId, onProjects }: StepBasicsProps) {
  const loadOptions = useCallback(async (query: string): Promise<ProjectOption[]> => {
    // Only projects the user administers: a squad needs admin of each (Jira admins see every project).
    const { projects } = await invoke('squads.searchProjects', { query, administered: true });
    return projects.map(toOption);
  }, []);
  const projectError = errors.get('projects') ?? [...errors].find(([p]) => p.startsWith('projects.'))?.[1];
  return (
    <Stack space="space.100">
      <FormField id="squad-name" label="Squad name" isRequired error={errors.get('name')} helper="Shown on boards, metrics and the portfolio gadget.">
        <Textfield id="squad-name" value={draft.name} onChange={(e) => onName(e.currentTarget.value)} testId="squad-name" aria-describedby="squad-name-message" />
      </FormField>
      <FormField
        id="squad-id"
        label="Squad ID"
        isRequired
        error={errors.get('id')}
        helper={isNew ? 'Lower-case letters, digits and dashes; used in links and the CLI. It cannot change later.' : 'The ID cannot change: the squad’s stored data is kept under it.'}
      >
        <Textfield id="squad-id" value={draft.id} isDisabled={!isNew} onChange={(e) => onId(e.currentTarget.value)} testId="squad-id" aria-describedby="squad-id-message" />
      </FormField>
      <FormField id="squad-projects" label="Jira projects" isRequired error={projectError} helper="Type a project key or name. The list offers the projects you administer: a squad needs an admin of each of its projects (or a Jira admin).">
        <AsyncSelect<ProjectOption, true>
          inputId="squad-projects"
          testId="squad-projects"
          isMulti
          cacheOptions
          defaultOptions
          loadOptions={loadOptions}
          value={draft.projects.map((key) => toOption({ key, name: projectNames[key] ?? key }))}
          onChange={(selected) => onProjects(selected.map((o) => ({ key: o.value, name: o.name })))}
          placeholder="Pick projects, e.g. MKT and IT"
          aria-describedby="squad-projects-message"
        />
      </FormField>
    </Stack>
  );
}
