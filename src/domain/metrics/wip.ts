import type { NetFlowWeekDto, WipPointDto } from '../../contract/metrics';
import { formatDay, mondayOf } from '../time/civil';
import type { FlowByDay } from './flow-by-day';

/** WIP at the end of each day. */
export function wipSeries(flow: FlowByDay): WipPointDto[] {
  return Array.from(flow.wip, (count, d) => ({ date: formatDay(flow.firstDay + d), count }));
}

/** Net flow per week (Monday start): arrivals − departures. */
export function netFlowWeekly(flow: FlowByDay): NetFlowWeekDto[] {
  const days = flow.wip.length;
  if (days === 0) return [];
  const firstMonday = mondayOf(flow.firstDay);
  const out: NetFlowWeekDto[] = [];
  for (let d = 0; d < days; d++) {
    const w = Math.floor((flow.firstDay + d - firstMonday) / 7);
    let row = out[w];
    if (row === undefined) {
      row = { week: formatDay(firstMonday + 7 * w), arrivals: 0, departures: 0, net: 0 };
      out[w] = row;
    }
    row.arrivals += flow.arrivals[d] as number;
    row.departures += flow.departures[d] as number;
    row.net = row.arrivals - row.departures;
  }
  return out;
}
