import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { trends } from './trends';

describe('trends', () => {
  it('compares the last period with the one before', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    const dto = trends(ctx, 14);
    expect(dto.periodDays).toBe(14);
    expect(dto.current).toEqual({
      from: '2024-03-18',
      to: '2024-03-31',
      throughput: 1,
      leadTimeCount: 1,
      leadTimeP50: 7,
      leadTimeP85: 7,
      leadTimeMean: 7,
      wipMean: 20 / 14,
      arrivals: 2,
      dropRatePercent: 50,
      quickWinSharePercent: 0,
    });
    expect(dto.previous).toEqual({
      from: '2024-03-04',
      to: '2024-03-17',
      throughput: 2,
      leadTimeCount: 2,
      leadTimeP50: 4.25,
      leadTimeP85: 4.775,
      leadTimeMean: 4.25,
      wipMean: 15 / 14,
      arrivals: 3,
      dropRatePercent: 0,
      quickWinSharePercent: 50,
    });
  });
});
