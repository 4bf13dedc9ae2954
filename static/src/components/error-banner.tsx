import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { ErrorCode } from '../../../src/contract';
import type { InvokeError } from '../api/invoke-error';
import { fieldLabel } from './field-label';

const TITLES: Record<ErrorCode, string> = {
  BAD_REQUEST: 'Some settings need a change',
  UNKNOWN_FUNCTION: 'This version of the app does not know that action',
  UNAUTHENTICATED: 'You are not signed in',
  FORBIDDEN: 'You do not have permission',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Someone else changed this first',
  RATE_LIMITED: 'Jira is busy: too many requests',
  JIRA_ERROR: 'Jira answered with an error',
  TIMEOUT: 'Jira took too long to answer',
  INTERNAL: 'Something went wrong',
};

/**
 * A resolver error as Jira users expect to see one: what happened, which fields (in words, each
 * once), and a retry. No codes or function keys: those are for logs, not for people.
 */
export function ErrorBanner({ error, onRetry }: { error: InvokeError; onRetry?: () => void }) {
  return (
    <SectionMessage
      appearance="error"
      title={TITLES[error.code]}
      testId="error-banner"
      actions={onRetry ? <SectionMessageAction onClick={onRetry}>Try again</SectionMessageAction> : undefined}
    >
      <Stack space="space.100">
        {/* With field problems the message only repeats them: each is said once, in words. */}
        {error.fields.length === 0 ? (
          <Text as="p">{error.message}</Text>
        ) : (
          <Stack as="ul" space="space.050" testId="error-fields">
            {error.fields.map((f) => (
              <li key={`${f.path}:${f.message}`}>
                <Text>
                  <Text as="strong">{fieldLabel(f.path)}</Text>: {f.message}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </SectionMessage>
  );
}
