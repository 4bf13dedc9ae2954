import type { PortfolioRowDto } from '../../../../src/contract/portfolio';

/** What a row without figures says instead (syncing, or the chosen stages missing). */
export function rowNote(row: Exclude<PortfolioRowDto, { status: 'ready' }>, pair: { from: string; to: string } | null): string {
  if (row.status === 'syncing') {
    const percent = row.sync.progress?.percent;
    return row.sync.phase === 'failed' ? 'The last sync of this squad stopped; figures appear once it is retried.' : `Syncing this squad's history${percent === undefined ? '' : ` (${Math.round(percent)} %)`}: figures appear when it is ready.`;
  }
  return `This squad has no stages ${pair ? `“${pair.from}” → “${pair.to}”` : 'for the chosen pair'} (its stages: ${row.stageNames.join(' → ')}).`;
}
