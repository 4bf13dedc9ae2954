import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import { sameExceptItems } from './use-same-figures';

describe('sameExceptItems', () => {
  const answer = { squad: { id: 'growth' }, cfd: [], aging: [], items: [] } as unknown as SquadMetricsDto;

  it('treats an answer with its rows read later as the same figures', () => {
    expect(sameExceptItems(answer, { ...answer, items: [{ key: 'MKT-1' }] } as unknown as SquadMetricsDto)).toBe(true);
  });

  it('sees a new answer (any other section replaced) as new figures', () => {
    expect(sameExceptItems(answer, { ...answer, cfd: [] })).toBe(false);
  });
});
