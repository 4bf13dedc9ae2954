import fc from 'fast-check';
import { MAX_CONFIG_DEPTH, nestingDepth, parseConfigText } from './config-text';

describe('nestingDepth (a scan, no parsing)', () => {
  it('measures JSON and YAML as deep as they are (the line itself counts one level)', () => {
    expect(nestingDepth('{"a": {"b": [1, {"c": 2}]}}')).toBe(5);
    expect(nestingDepth('a:\n  b:\n    - c: 1\n')).toBe(4);
    expect(nestingDepth('- - - - x\n')).toBe(5);
    expect(nestingDepth('name: "[[[[{{{{"\nother: \'it\'\'s [[[[\'\n')).toBe(1);
    expect(nestingDepth('{"a": "]]]]]]", "b": [[[[1]]]]}')).toBe(6);
    expect(nestingDepth('a: 1 # [[[[[[[[\n')).toBe(1);
    expect(nestingDepth("title: it's [fine]\n")).toBe(2);
  });

  it('is never fooled into counting less than the parsed depth', () => {
    const depthOf = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0);
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), fc.integer(), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const text = JSON.stringify(value);
        expect(nestingDepth(text, 1000)).toBeGreaterThanOrEqual(depthOf(value));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses 30,000-deep JSON and YAML before parsing (the parser would overflow the stack)', () => {
    expect(() => parseConfigText('['.repeat(30_000) + ']'.repeat(30_000))).toThrow(`nests more than ${MAX_CONFIG_DEPTH} levels`);
    expect(() => parseConfigText('- '.repeat(30_000) + 'x')).toThrow('nests more than');
    expect(() => parseConfigText('[["]", '.repeat(10_000))).toThrow('nests more than');
    expect(() => parseConfigText('{"a":'.repeat(30_000) + '1' + '}'.repeat(30_000), 'json')).toThrow('nests more than');
  });

  it('parses ordinary files and says plainly when text is neither JSON nor YAML', () => {
    expect(parseConfigText('{"id": "g", "stages": [{"name": "Idea"}]}')).toEqual({ id: 'g', stages: [{ name: 'Idea' }] });
    expect(parseConfigText('id: g\nstages:\n  - name: Idea\n')).toEqual({ id: 'g', stages: [{ name: 'Idea' }] });
    expect(() => parseConfigText('{"id": ', 'json')).toThrow(/^The file is not valid JSON/);
    expect(() => parseConfigText('a: [\n')).toThrow(/^The file is neither JSON nor YAML/);
  });

  it('reads a YAML tag it does not know without printing a warning to the console', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(() => parseConfigText('!!js/function "function(){}"')).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
