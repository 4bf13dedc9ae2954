/** Whole days as the panel writes them: "0 d" for a visit shorter than half a day, "–" only for never. */
export function formatDays(days: number | null): string {
  return days === null ? '–' : `${Math.round(days)} d`;
}

/** A date as Jira's issue view writes it (e.g. "5 Mar 2024"), in the viewer's locale and zone. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
