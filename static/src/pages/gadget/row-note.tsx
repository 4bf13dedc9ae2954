import type { PortfolioRowDto } from '../../../../src/contract/portfolio';

type NoteRow = Exclude<PortfolioRowDto, { status: 'ready' }>;

/** Why one squad's figures are missing, in words (the other rows stand). */
function errorNote(code: Extract<NoteRow, { status: 'error' }>['code']): string {
  switch (code) {
    case 'RATE_LIMITED':
      return 'Jira is busy and asked SquadFlow to wait, so this squad’s figures could not be read just now. Refresh in a minute.';
    case 'TIMEOUT':
      return 'Jira did not answer in time for this squad just now. Refresh to try again.';
    case 'JIRA_ERROR':
      return 'Jira could not give SquadFlow this squad’s issues just now. Refresh to try again.';
    case 'UNAUTHENTICATED':
      return 'Jira did not accept your session. Reload the dashboard.';
    default:
      return 'This squad’s figures could not be worked out just now. Refresh to try again; if it keeps happening, tell your Jira admin.';
  }
}

/** What a row without figures says instead (syncing, the chosen stages missing, or a failure). */
export function rowNote(row: NoteRow, pair: { from: string; to: string } | null): string {
  if (row.status === 'error') return errorNote(row.code);
  if (row.status === 'syncing') {
    const percent = row.sync.progress?.percent;
    return row.sync.phase === 'failed' ? 'The last sync of this squad stopped; figures appear once it is retried.' : `Syncing this squad’s history${percent === undefined ? '' : ` (${Math.round(percent)} %)`}: figures appear when it is ready.`;
  }
  return `This squad has no stages ${pair ? `“${pair.from}” → “${pair.to}”` : 'for the chosen pair'} (its stages: ${row.stageNames.join(' → ')}).`;
}
