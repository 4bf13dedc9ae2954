import { groupBy } from './group-by';

describe('groupBy', () => {
  it('groups in first-seen order, mapping values when asked', () => {
    expect([...groupBy(['MKT-1', 'IT-2', 'MKT-3'], (k) => k.split('-')[0])]).toEqual([
      ['MKT', ['MKT-1', 'MKT-3']],
      ['IT', ['IT-2']],
    ]);
    expect([...groupBy([1, 2, 3, 4, 5], (n) => n % 2, (n) => n * 10)]).toEqual([
      [1, [10, 30, 50]],
      [0, [20, 40]],
    ]);
    expect(groupBy([], (n: number) => n).size).toBe(0);
  });
});
