import { jqlString } from './jql';

describe('jqlString', () => {
  it.each([
    ['MKT', '"MKT"'],
    ['IN', '"IN"'],
    ['a"b', '"a\\"b"'],
    ['back\\slash', '"back\\\\slash"'],
  ])('%s → %s', (value, literal) => expect(jqlString(value)).toBe(literal));
});
