/** Jira's timestamp format, `2024-03-05T14:07:33.512+0000` (UTC, no colon in the offset). */
export function formatJiraTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
