/** Usage of `squadflow pull` (apart from the command, so `--help` does not load the Jira client). */
export const PULL_USAGE = `squadflow pull --jira-url URL --squad FILE --out FILE [--email EMAIL] [--jql JQL]

  --jira-url URL   site root, e.g. https://your-site.atlassian.net or http://localhost:4000 (emulator)
  --squad FILE     squad configuration (its projects, issue types and custom fields are fetched)
  --out FILE       where to write {"issues":[…]}, each issue with its status history as changeHistories
  --email EMAIL    account email (default: $JIRA_EMAIL); the API token is read from $JIRA_API_TOKEN
  --jql JQL        another query instead of the squad's projects and issue types
`;
