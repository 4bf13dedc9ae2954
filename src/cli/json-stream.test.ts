import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateIssueJson } from '../../bench/generate-issues';
import type { ByteSource } from './json-stream';
import { readIssues, readIssuesFrom } from './read-issues';

const FIX = join(__dirname, '..', '..', 'test', 'fixtures', 'cli');
const OPTS = { effortFieldId: 'customfield_10016' };

/** Serves `data` in pieces of at most `step` bytes, as a slow pipe would. */
function source(data: Buffer, step: number): ByteSource {
  let at = 0;
  return {
    readInto(into, offset, length) {
      const n = Math.min(length, step, data.length - at);
      data.copy(into, offset, at, at + n);
      at += n;
      return n;
    },
  };
}

function viaWindow(data: Buffer, windowBytes: number, step: number): unknown {
  try {
    return JSON.parse(JSON.stringify(readIssuesFrom(source(data, step), 'in.json', OPTS, () => 0, windowBytes))) as unknown;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/ at line \d+/, '') : e;
  }
}

function inMemory(data: Buffer): unknown {
  try {
    return JSON.parse(JSON.stringify(readIssues(data, 'in.json', OPTS).issues)) as unknown;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/ at line \d+/, '') : e;
  }
}

describe('reading through a sliding window', () => {
  const generated = Buffer.from(`{"startAt":0,"names":{"a":"b"},"issues":[${[...generateIssueJson({ count: 40, changesPerIssue: 6, seed: 5 })].join(',\n')}],"isLast":true}`);
  const inputs: [string, Buffer][] = [
    ['generated page', generated],
    ...['issues-page.json', 'issues-pages-array.json', 'issues.ndjson', 'issues-array.json', 'bad-shape.json', 'not-json.json', 'bad-timestamp.json'].map(
      (f): [string, Buffer] => [f, readFileSync(join(FIX, f))],
    ),
    ['truncated', generated.subarray(0, generated.length - 40)],
    ['two pages back to back', Buffer.concat([generated, Buffer.from('\n'), generated])],
  ];

  it.each(inputs)('%s gives the same result with every window size', (_name, data) => {
    const expected = inMemory(data);
    for (const [windowBytes, step] of [
      [16, 7],
      [64, 64],
      [1000, 333],
      [1 << 20, 1 << 20],
    ] as const) {
      expect(viaWindow(data, windowBytes, step)).toEqual(expected);
    }
  });
});

describe('page members the reader skips are still checked', () => {
  it.each(['{"startAt": tru, "issues": []}', '{"issues": [], "isLast": true,}', '{"issues": [{"id":"1"},]}', '{"x": [1 2], "issues": []}'])('%s', (text) => {
    expect(() => readIssues(Buffer.from(text), 'in.json', OPTS)).toThrow(/^in\.json: .*(not valid JSON|not a Jira issue)/);
  });

  it('reads an escaped "issues" key like JSON.parse does', () => {
    const one = [...generateIssueJson({ count: 1, changesPerIssue: 2, seed: 1 })][0] ?? '';
    expect(readIssues(Buffer.from(`{"issu\\u0065s": [${one}]}`), 'in.json', OPTS).issues).toHaveLength(1);
  });
});
