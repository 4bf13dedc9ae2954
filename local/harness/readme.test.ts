import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS } from '../jira-emulator';

/** The README's demo-user table is what people copy credentials from: it must match the emulator. */
describe('local/harness/README.md', () => {
  const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
  const rows = readme
    .split('\n')
    .filter((line) => /^\| (alice|mia|ivan|carol|mark|lena|nina|paul|tom)\b/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/`/g, '')));

  it('lists every demo user with their account ID, email and API token', () => {
    expect(rows.map((r) => [r[1]?.replace(' (default)', ''), r[2], r[3], r[4]])).toEqual(
      DEMO_USERS.map((u) => [u.handle, u.accountId, u.email, u.apiToken]),
    );
  });
});
