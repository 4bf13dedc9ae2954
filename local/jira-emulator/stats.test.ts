import { REQUEST_LOG_LIMIT, RequestStats, type LoggedRequest } from './stats';

const request = (n: number): LoggedRequest => ({ endpoint: 'search', method: 'POST', rawUrl: `/rest/api/3/search/jql?n=${n}`, jql: `project = "MKT" AND id = ${n}` });
const numbers = (stats: RequestStats): number[] => stats.requests().map((r) => Number(r.rawUrl.split('=')[1]));

describe('the emulator request log', () => {
  it('keeps every request, oldest first, until it is full', () => {
    const stats = new RequestStats();
    for (let n = 0; n < 10; n++) stats.record(request(n));
    expect(numbers(stats)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('then keeps the most recent REQUEST_LOG_LIMIT, oldest first, however many more come', () => {
    const stats = new RequestStats();
    for (const extra of [0, 7, REQUEST_LOG_LIMIT + 3]) {
      stats.reset();
      const total = REQUEST_LOG_LIMIT + extra;
      for (let n = 0; n < total; n++) stats.record(request(n));
      const kept = numbers(stats);
      expect(kept).toHaveLength(REQUEST_LOG_LIMIT);
      expect(kept[0]).toBe(total - REQUEST_LOG_LIMIT);
      expect(kept.every((n, i) => i === 0 || n === (kept[i - 1] as number) + 1)).toBe(true);
      expect(kept[kept.length - 1]).toBe(total - 1);
    }
  });

  it('starts empty again after a reset, and a copy handed out does not change with later requests', () => {
    const stats = new RequestStats();
    for (let n = 0; n < REQUEST_LOG_LIMIT + 2; n++) stats.record(request(n));
    stats.reset();
    expect(stats.requests()).toEqual([]);
    stats.record(request(1));
    const copy = stats.requests();
    stats.record(request(2));
    expect(copy.map((r) => r.rawUrl)).toEqual(['/rest/api/3/search/jql?n=1']);
    expect(numbers(stats)).toEqual([1, 2]);
  });
});
