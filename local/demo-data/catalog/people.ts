import type { PersonDef } from './types';

/**
 * The demo squad. alice, mia, ivan, carol, mark, lena, nina, paul and tom can log in to the emulator (see local/jira-emulator/users.ts);
 * the rest only appear as assignees and changelog authors.
 */
export const PEOPLE = {
  alice: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Alice Moreau', email: 'alice@example.com', discipline: 'Agile', title: 'Scrum master, Jira admin' },
  mia: { accountId: '5c4f2e1b9a7d3c0012e8a6b4', displayName: 'Mia Novak', email: 'mia@example.com', discipline: 'Marketing', title: 'Campaign manager' },
  ivan: { accountId: '5d2a8c7e4b1f6a0013c9d2e7', displayName: 'Ivan Petrov', email: 'ivan@example.com', discipline: 'IT', title: 'Full-stack developer' },
  carol: { accountId: '5e7b3d9f2c8a1b0014d4f1a8', displayName: 'Carol Jensen', email: 'carol@example.com', discipline: 'IT', title: 'CIO' },
  mark: { accountId: '5f1c6e2a8d3b9c0015a7e3b9', displayName: 'Mark Okafor', email: 'mark@example.com', discipline: 'Marketing', title: 'CMO' },
  lena: { accountId: '712020:3f0c8a2e-6b1d-4c7e-9a55-1e2f3a4b5c6d', displayName: 'Lena Fischer', email: 'lena@example.com', discipline: 'Marketing', title: 'Content lead' },
  tom: { accountId: '712020:8b2e4d6f-1a3c-4e5b-8d7f-2c4e6a8b0d1f', displayName: 'Tom Brandt', email: 'tom@example.com', discipline: 'Marketing', title: 'Brand lead, admin of MKT' },
  priya: { accountId: '712020:c4d6e8f0-2b4d-4f6a-9c1e-3d5f7b9d1f3a', displayName: 'Priya Shah', email: 'priya@example.com', discipline: 'Marketing', title: 'Growth analyst' },
  jonas: { accountId: '712020:1e3a5c7e-9b1d-4f3a-8e5c-4f6a8c0e2a4b', displayName: 'Jonas Weber', email: 'jonas@example.com', discipline: 'IT', title: 'Data engineer' },
  aisha: { accountId: '712020:5a7c9e1b-3d5f-4b7d-9f1b-5a7c9e1b3d5f', displayName: 'Aisha Khan', email: 'aisha@example.com', discipline: 'IT', title: 'Front-end developer' },
  nina: { accountId: '712020:0b1d3f5a-7c9e-4b1d-8f3a-5c7e9b1d3f5a', displayName: 'Nina Berg', email: 'nina@example.com', discipline: 'Marketing', title: 'Agency contact' },
  paul: { accountId: '712020:2c4e6a8b-0d2f-4a6c-8e0a-7b9d1f3a5c7e', displayName: 'Paul Laurent', email: 'paul@example.com', discipline: 'Marketing', title: 'Marketing operations' },
  ravi: { accountId: '712020:9e1b3d5f-7a9c-4e1b-8a3d-6b8d0f2a4c6e', displayName: 'Ravi Mehta', email: 'ravi@example.com', discipline: 'IT', title: 'CRM engineer' },
} as const satisfies Record<string, PersonDef>;

export type PersonHandle = keyof typeof PEOPLE;

/** Everyone who appears in the data, looked up by account ID. */
export const PEOPLE_BY_ACCOUNT_ID: ReadonlyMap<string, PersonDef> = new Map(
  Object.values(PEOPLE).map((p: PersonDef) => [p.accountId, p]),
);

/** Who does the hands-on work of each discipline (the C-level and the scrum master rarely do). */
export const MARKETING_MAKERS: readonly PersonDef[] = [PEOPLE.mia, PEOPLE.lena, PEOPLE.tom, PEOPLE.priya];
export const IT_MAKERS: readonly PersonDef[] = [PEOPLE.ivan, PEOPLE.jonas, PEOPLE.aisha, PEOPLE.ravi];
