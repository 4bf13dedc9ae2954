import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { cfdCounts, cfdSeries } from './cfd';

describe('cumulative flow', () => {
  const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
  const cfd = cfdSeries(ctx, cfdCounts(ctx));

  it('counts items that reached each stage or a later one by the end of the day', () => {
    expect(cfd).toHaveLength(28);
    expect(cfd.find((p) => p.date === '2024-03-18')).toEqual({ date: '2024-03-18', Idea: 4, Prototype: 3, Pilot: 3, Live: 0 });
    expect(cfd.find((p) => p.date === '2024-03-20')).toEqual({ date: '2024-03-20', Idea: 4, Prototype: 4, Pilot: 3, Live: 1 });
    expect(cfd[cfd.length - 1]).toEqual({ date: '2024-03-31', Idea: 5, Prototype: 4, Pilot: 3, Live: 1 });
  });
});
