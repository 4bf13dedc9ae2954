import { jqlString } from './jql';

describe('jqlString', () => {
  it.each([
    ['MKT', '"MKT"'],
    ['IN', '"IN"'],
    ['a"b', '"a\\"b"'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['tab\tand\rreturn', '"tab\\tand\\rreturn"'],
  ])('%s → %s', (value, literal) => expect(jqlString(value)).toBe(literal));
});
