import type { DistributionDto, SquadMetricsDto } from '../contract/metrics';
import { bar, textHistogram } from './text-histogram';

const num = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined ? '–' : v.toFixed(digits));
const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${v.toFixed(0)} %`);
/** A count with thousands separators: 1,256. */
const count = (n: number): string => n.toLocaleString('en-US');
/** "1 quick win", "2 quick wins". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** The drop-rate sentence: "49 % of finished items were dropped (610 of 1,256)". */
export function dropRateText(d: SquadMetricsDto['dropRate']): string {
  const finished = d.dropped + d.completed;
  if (finished === 0) return 'no items finished in the window, so no drop rate';
  return `${pct(d.ratePercent)} of finished items were dropped (${count(d.dropped)} of ${count(finished)})`;
}

function handoffLines(dto: SquadMetricsDto): string[] {
  const h = dto.handoffs;
  const unit = dto.leadTime.unit === 'elapsed' ? 'days' : `${dto.leadTime.unit} days`;
  const out = ['', `Hand-off wait (${h.stage} entered upstream → downstream first active, ${unit})`];
  const shown = h.directions.filter((d) => d.wait.count > 0 || d.openCount > 0 || d.trend.current.count > 0 || d.trend.previous.count > 0);
  if (shown.length === 0) {
    out.push(h.pairs === 0 ? '  no hand-offs: no issue links or parent/child between items of different disciplines in the input' : `  ${plural(h.pairs, 'linked pair')}, none with a wait ending in the window or open now (a hand-off starts when the first of two items enters ${h.stage})`);
    return out;
  }
  out.push(
    ...table(
      [
        ['direction', 'waits', 'p50', 'p85', 'open', `last ${h.directions[0]?.trend.periodDays ?? 0} d p50 (n)`, 'before p50 (n)'],
        ...shown.map((d) => [
          `${d.from} → ${d.to}`,
          count(d.wait.count),
          num(d.wait.p50),
          num(d.wait.p85),
          count(d.openCount),
          `${num(d.trend.current.p50)} (${d.trend.current.count})`,
          `${num(d.trend.previous.p50)} (${d.trend.previous.count})`,
        ]),
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ).map((l) => `  ${l}`),
  );
  const open = shown.flatMap((d) => d.longestOpen).sort((a, b) => b.waitDays - a.waitDays).slice(0, 5);
  if (open.length > 0) {
    out.push('  longest open:');
    out.push(...open.map((o) => `    ${o.upstreamKey} → ${o.downstreamKey} (${o.via.kind === 'parent' ? 'parent/child' : o.via.type}): ${num(o.waitDays)} so far, since ${o.handedOffAt.slice(0, 10)}`));
  }
  return out;
}

function table(rows: string[][], align: ('l' | 'r')[]): string[] {
  const widths = rows[0]?.map((_, c) => rows.reduce((m, r) => Math.max(m, (r[c] ?? '').length), 0)) ?? [];
  return rows.map((r) => r.map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
}

function percentileLine(d: DistributionDto): string {
  return `p50 ${num(d.p50)} · p70 ${num(d.p70)} · p85 ${num(d.p85)} · p95 ${num(d.p95)} · mean ${num(d.meanDays)} (n=${d.count}${d.lowSample ? ', low sample' : ''})`;
}

/** What a person reads in a terminal: headline figures, percentiles and a small histogram. */
export function formatTable(dto: SquadMetricsDto): string {
  const lt = dto.leadTime;
  const out: string[] = [];
  const unit = lt.unit === 'elapsed' ? 'days' : `${lt.unit} days`;
  out.push(`${dto.squad.name} — flow metrics ${dto.window.from} … ${dto.window.to} (now ${dto.asOf.nowIso}, ${dto.asOf.timeZone}, ${dto.asOf.policy} policy)`);
  out.push(`${dto.counts.issues} items: ${dto.counts.completed} reached ${lt.to}, ${dto.counts.inProgress} in progress, ${dto.counts.dropped} dropped` + (dto.counts.excluded > 0 ? ` (${dto.counts.excluded} outside the squad left out)` : ''));
  out.push('');
  out.push(`Lead time ${lt.from} → ${lt.to} (${unit}), ${lt.count} completed in the window${lt.lowSample ? ' — fewer than 5 samples, read with care' : ''}`);
  out.push(
    ...table(
      [['', ...lt.percentiles.map((p) => `p${p.p}`), 'mean', 'min', 'max', 'n'], [unit, ...lt.percentiles.map((p) => num(p.days)), num(lt.mean), num(lt.minDays), num(lt.maxDays), String(lt.count)]],
      ['l', ...lt.percentiles.map(() => 'r' as const), 'r', 'r', 'r', 'r'],
    ).map((l) => `  ${l}`),
  );
  if (lt.histogram.length > 0) {
    out.push('');
    out.push(...textHistogram(lt.histogram).map((l) => `  ${l}`));
  }
  const weeks = dto.throughput.slice(-8);
  if (weeks.length > 0) {
    const max = weeks.reduce((m, w) => Math.max(m, w.count), 0);
    out.push('', `Throughput per week (last ${weeks.length})`);
    out.push(
      ...weeks.map((w, k) => {
        // The window's last week is usually still running: say so instead of showing a short week as a full one.
        const partial = w.days >= 7 ? '' : `${k === weeks.length - 1 ? ' so far' : ''} (${plural(w.days, 'day')} of 7)`;
        return `  ${w.week} │${bar(w.count, max, 20).padEnd(20)} ${count(w.count)}${partial}${w.quickWins > 0 ? ` (${plural(w.quickWins, 'quick win')})` : ''}`;
      }),
    );
  }
  const wipNow = dto.wip.at(-1);
  out.push('', `WIP now ${count(wipNow?.count ?? 0)} · flow efficiency ${pct(dto.flowEfficiency.meanPercent)} mean · rework ${pct(dto.rework.sharePercent)} of completed items`);
  out.push(`Drop rate: ${dropRateText(dto.dropRate)}`);
  out.push('', 'Time in stage (elapsed days, completed items)');
  out.push(
    ...table(
      [['stage', 'kind', 'items', 'mean', 'p50', 'p85'], ...dto.timeInStage.stages.map((s) => [s.stage, s.kind, String(s.count), num(s.meanElapsedDays), num(s.p50ElapsedDays), num(s.p85ElapsedDays)])],
      ['l', 'l', 'r', 'r', 'r', 'r'],
    ).map((l) => `  ${l}`),
  );
  const fin = dto.timeInStage.final;
  if (fin !== null) {
    out.push(
      fin.count === 0
        ? `  ${fin.stage} (final stage, left out above): none of these items is in ${fin.stage} now`
        : `  in ${fin.stage} since (final stage, left out above and from flow efficiency): ${plural(fin.count, 'item')}, median ${num(fin.p50SinceDays)} days, longest ${num(fin.maxSinceDays)} days (entered ${fin.firstEntered} … ${fin.lastEntered})`,
    );
  }
  const qw = dto.quickWins;
  out.push('', `Quick wins ("${qw.label}"): ${qw.completedQuickWins} of ${qw.completedQuickWins + qw.completedOthers} completed (${pct(qw.sharePercent)})`);
  out.push(`  quick wins: ${percentileLine(qw.leadTimeQuickWins)}`, `  others:     ${percentileLine(qw.leadTimeOthers)}`);
  if (qw.candidates.length > 0) out.push(`  candidates: ${qw.candidates.slice(0, 10).join(', ')}${qw.candidates.length > 10 ? ` … (${qw.candidates.length})` : ''}`);
  out.push(...handoffLines(dto));
  const { current: c, previous: p } = dto.trends;
  out.push('', `Trend: last ${dto.trends.periodDays} days vs the ${dto.trends.periodDays} before`);
  out.push(
    ...table(
      [
        ['', `${c.from}…${c.to}`, `${p.from}…${p.to}`],
        ['throughput', String(c.throughput), String(p.throughput)],
        ['lead time p50', num(c.leadTimeP50), num(p.leadTimeP50)],
        ['lead time p85', num(c.leadTimeP85), num(p.leadTimeP85)],
        ['WIP mean', num(c.wipMean), num(p.wipMean)],
        ['drop rate', pct(c.dropRatePercent), pct(p.dropRatePercent)],
      ],
      ['l', 'r', 'r'],
    ).map((l) => `  ${l}`),
  );
  for (const [title, groups] of [['discipline', dto.breakdowns.discipline], ['issue type', dto.breakdowns.issueType]] as const) {
    out.push('', `By ${title}`);
    out.push(
      ...table(
        [['', 'completed', 'p50', 'p85', 'in progress', 'dropped'], ...groups.map((g) => [g.name, String(g.completed), num(g.leadTimeP50), num(g.leadTimeP85), String(g.inProgress), String(g.dropped)])],
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ).map((l) => `  ${l}`),
    );
  }
  const aging = dto.aging.slice(0, 10);
  if (aging.length > 0) {
    out.push('', `Oldest work in progress (${dto.aging.length} items)`);
    out.push(
      ...table(
        [['key', 'stage', 'age', 'position', ''], ...aging.map((a) => [a.key, a.stage, num(a.ageDays), pct(a.percentilePosition), a.exceedsPercentile === null ? '' : `> p${a.exceedsPercentile}`])],
        ['l', 'l', 'r', 'r', 'l'],
      ).map((l) => `  ${l}`),
    );
  }
  if (dto.forecast !== undefined) {
    const f = dto.forecast;
    out.push('', `Forecast (${f.trials} trials, throughput ${f.sampleFrom} … ${f.sampleTo}, ${f.meanPerDay.toFixed(2)}/day)`);
    if (f.howMany !== undefined) out.push(`  by ${f.howMany.targetDate}: ${f.howMany.results.map((r) => `${r.confidence} %: ≥ ${r.items}`).join(' · ')}`);
    if (f.when !== undefined) out.push(`  ${f.when.items} items: ${f.when.results.map((r) => `${r.confidence} %: ${r.date ?? 'beyond 10 years'}`).join(' · ')}`);
  }
  if (dto.unmapped.statuses.length > 0) {
    out.push('', `Unmapped statuses (add them to the squad's status map):`);
    out.push(...dto.unmapped.statuses.map((s) => `  ${s.projectKey} ${s.statusId}${s.statusName === null ? '' : ` "${s.statusName}"`}: ${s.issueCount} items, e.g. ${s.exampleIssueKeys.join(', ')}`));
  }
  return `${out.join('\n')}\n`;
}
