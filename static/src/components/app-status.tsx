import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import { useResource } from '../api/use-resource';
import { ErrorBanner } from './error-banner';
import { Placeholder } from './placeholder';

const MODE_LABELS = { forge: 'Jira Cloud', emulator: 'Local Jira emulator', site: 'Jira site via API token' } as const;

/**
 * Where the app's resolvers run and which Jira they read, from `app.info`: proof that the page is
 * wired end to end. Feature pages keep it in their footer.
 */
export function AppStatus() {
  const info = useResource('app.info', {});
  // The status line's own height (a lozenge and a line of small text), so the page does not jump.
  if (info.status === 'loading') return <Placeholder height={20} width="18rem" label="Connecting to SquadFlow" />;
  if (info.status === 'error') return <ErrorBanner error={info.error} onRetry={info.reload} />;
  const { data } = info;
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId="app-status">
      <Lozenge appearance="success">Connected</Lozenge>
      <Text size="small" color="color.text.subtle">
        {data.app} {data.version} · {MODE_LABELS[data.mode]}
        {data.projectKey ? ` · project ${data.projectKey}` : ''}
        {data.moduleKey ? ` · module ${data.moduleKey}` : ''}
      </Text>
    </Inline>
  );
}
