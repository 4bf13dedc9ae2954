import { allocateKeys } from './allocate-keys';

describe('allocateKeys', () => {
  it('numbers keys per project in time order, giving a moved issue the next key of its new project when it moves', () => {
    const day = 86_400_000;
    const { keys, counters } = allocateKeys([
      { createdMs: 1 * day, createdIn: 'MKT', moveMs: 4 * day, movedTo: 'IT' }, // MKT-1, later IT-2
      { createdMs: 2 * day, createdIn: 'IT', moveMs: null, movedTo: null }, // IT-1
      { createdMs: 3 * day, createdIn: 'MKT', moveMs: null, movedTo: null }, // MKT-2
      { createdMs: 5 * day, createdIn: 'IT', moveMs: null, movedTo: null }, // IT-3 (after the move took IT-2)
    ]);
    expect(keys).toEqual([
      { createdKey: 'MKT-1', movedKey: 'IT-2' },
      { createdKey: 'IT-1', movedKey: null },
      { createdKey: 'MKT-2', movedKey: null },
      { createdKey: 'IT-3', movedKey: null },
    ]);
    expect(counters).toEqual({ MKT: 2, IT: 3 });
  });

  it('allocates moves that happen after the last creation', () => {
    const { keys } = allocateKeys([{ createdMs: 10, createdIn: 'MKT', moveMs: 20, movedTo: 'IT' }]);
    expect(keys).toEqual([{ createdKey: 'MKT-1', movedKey: 'IT-1' }]);
  });
});
