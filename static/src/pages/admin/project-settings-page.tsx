import { useHostContext } from '../../host/host-context';
import AdminPage from './AdminPage';

/**
 * `jira:projectSettingsPage`: in Jira the admin page is for Jira admins only, so project admins
 * manage their squads from their project's settings — the same list and editor, limited by the
 * server to the squads of this project whose projects they all administer.
 */
export default function ProjectSettingsPage() {
  const { projectKey } = useHostContext();
  return <AdminPage {...(projectKey === null ? {} : { projectKey })} />;
}
