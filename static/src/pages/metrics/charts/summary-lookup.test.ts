import { summaryCache, summaryLine } from './summary-lookup';

describe('summaryCache', () => {
  it('answers a summary once read, and remembers a key Jira does not answer as none', async () => {
    const asked: string[][] = [];
    const cache = summaryCache((keys) => {
      asked.push(keys);
      return Promise.resolve([{ key: 'MKT-1', summary: 'Launch the <b>spring</b> pilot' }]);
    });
    expect(summaryLine(cache, 'MKT-1')).toBe('<i>Loading summary…</i>');
    await cache.load(['MKT-1', 'MKT-2', 'MKT-1']);
    expect(summaryLine(cache, 'MKT-1')).toBe('“Launch the &#60;b&#62;spring&#60;/b&#62; pilot”');
    expect(summaryLine(cache, 'MKT-2')).toBeNull();
    await cache.load(['MKT-1', 'MKT-2']);
    expect(asked).toEqual([['MKT-1', 'MKT-2']]);
  });

  it('says a failed read failed instead of loading for ever, and asks again on the next hover', async () => {
    let fail = true;
    const cache = summaryCache(() => (fail ? Promise.reject(new Error('JIRA_MALFORMED_ANSWER')) : Promise.resolve([{ key: 'IT-7', summary: 'API gateway' }])));
    await cache.load(['IT-7']);
    expect(cache.failed('IT-7')).toBe(true);
    expect(summaryLine(cache, 'IT-7')).toBe('<i>The summary could not be read from Jira; hover again to retry.</i>');
    fail = false;
    const retry = cache.load(['IT-7']);
    expect(summaryLine(cache, 'IT-7')).toBe('<i>Loading summary…</i>');
    await retry;
    expect(cache.failed('IT-7')).toBe(false);
    expect(summaryLine(cache, 'IT-7')).toBe('“API gateway”');
  });
});
