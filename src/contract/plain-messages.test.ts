import { z } from 'zod';
import { toFieldIssues } from './field-issues';

describe('plainMessage', () => {
  it('says what a record key must be when the key fails its check (not "is not valid")', () => {
    const statusMap = z.record(z.string().regex(/^\d{1,18}$/, 'must be a Jira status ID (digits)'), z.string());
    const parsed = statusMap.safeParse({ constructor: 'Idea', '10000': 'Idea' });
    if (parsed.success) throw new Error('a non-numeric status ID was accepted');
    expect(toFieldIssues(parsed.error)).toEqual([{ path: 'constructor', message: 'is not a valid key here: must be a Jira status ID (digits)' }]);
  });
});
