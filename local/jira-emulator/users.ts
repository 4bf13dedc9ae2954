import { PEOPLE, SECURITY_RESTRICTED, type PersonDef } from '../demo-data';

export type ProjectPermission = 'BROWSE_PROJECTS' | 'CREATE_ISSUES' | 'EDIT_ISSUES' | 'TRANSITION_ISSUES' | 'ADMINISTER_PROJECTS';
export type GlobalPermission = 'ADMINISTER';

/** Someone who can log in to the emulator with basic auth (e-mail + API token, as Jira Cloud). */
export interface DemoUser {
  /** Short name used in docs and tests: alice, mia, ivan, carol, mark, lena, nina, paul, app. */
  handle: string;
  accountId: string;
  accountType: 'atlassian' | 'app';
  displayName: string;
  /** The basic-auth user name. */
  email: string;
  /** Same as `email`; named as Jira's user beans name it. */
  emailAddress: string;
  apiToken: string;
  /** What this user is for in the demo. */
  role: string;
  timeZone: string;
  projectPermissions: Readonly<Record<string, readonly ProjectPermission[]>>;
  globalPermissions: readonly GlobalPermission[];
  /** Issue security levels this user is a member of. */
  securityLevelIds: readonly string[];
  /**
   * Projects whose permission scheme gives this user Browse Projects only through the Reporter
   * grant: the project is there for them, but of its issues only those they reported.
   */
  browseAsReporterOnly?: readonly string[];
}

const ALL: readonly ProjectPermission[] = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADMINISTER_PROJECTS'];
const WORK: readonly ProjectPermission[] = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES'];
const BROWSE: readonly ProjectPermission[] = ['BROWSE_PROJECTS'];

function user(person: PersonDef, handle: string, role: string, rest: Pick<DemoUser, 'projectPermissions' | 'globalPermissions' | 'securityLevelIds' | 'browseAsReporterOnly'>): DemoUser {
  return {
    handle,
    accountId: person.accountId,
    accountType: 'atlassian',
    displayName: person.displayName,
    email: person.email,
    emailAddress: person.email,
    apiToken: `${handle}-demo-token`,
    role,
    timeZone: 'UTC',
    ...rest,
  };
}

/** The people who can log in. Everyone else in the data only appears as an assignee or author. */
export const DEMO_USERS: readonly DemoUser[] = [
  user(PEOPLE.alice, 'alice', 'Scrum master; Jira admin and admin of MKT and IT; sees restricted IT issues', {
    projectPermissions: { MKT: ALL, IT: ALL },
    globalPermissions: ['ADMINISTER'],
    securityLevelIds: [SECURITY_RESTRICTED],
  }),
  user(PEOPLE.mia, 'mia', 'Marketing: works in MKT; browses IT but not its restricted issues', {
    projectPermissions: { MKT: WORK, IT: BROWSE },
    globalPermissions: [],
    securityLevelIds: [],
  }),
  user(PEOPLE.ivan, 'ivan', 'IT: works in IT (restricted issues too); browses MKT', {
    projectPermissions: { MKT: BROWSE, IT: WORK },
    globalPermissions: [],
    securityLevelIds: [SECURITY_RESTRICTED],
  }),
  user(PEOPLE.carol, 'carol', 'CIO: browses MKT and IT (restricted too), edits nothing', {
    projectPermissions: { MKT: BROWSE, IT: BROWSE },
    globalPermissions: [],
    securityLevelIds: [SECURITY_RESTRICTED],
  }),
  user(PEOPLE.mark, 'mark', 'CMO: browses MKT only; IT does not exist for him', {
    projectPermissions: { MKT: BROWSE },
    globalPermissions: [],
    securityLevelIds: [],
  }),
  user(PEOPLE.lena, 'lena', 'Freelance content lead: MKT grants her Browse only as reporter, so she sees the MKT issues she reported; IT does not exist for her', {
    projectPermissions: { MKT: ['BROWSE_PROJECTS', 'CREATE_ISSUES'] },
    globalPermissions: [],
    securityLevelIds: [],
    browseAsReporterOnly: ['MKT'],
  }),
  user(PEOPLE.nina, 'nina', 'Agency contact: has a Jira account but browses no project; no squad, count or project exists for her', {
    projectPermissions: {},
    globalPermissions: [],
    securityLevelIds: [],
  }),
  user(PEOPLE.paul, 'paul', 'Marketing operations: admin of MKT (not a Jira admin); IT does not exist for him', {
    projectPermissions: { MKT: ALL },
    globalPermissions: [],
    securityLevelIds: [],
  }),
  user(PEOPLE.tom, 'tom', 'Brand lead: admin of MKT (not a Jira admin); browses IT but does not administer it', {
    projectPermissions: { MKT: ALL, IT: BROWSE },
    globalPermissions: [],
    securityLevelIds: [],
  }),
];

/** The app's own account (Forge `asApp()`): browses and edits everything, every security level. */
export const APP_USER: DemoUser = {
  handle: 'app',
  accountId: '557058:6a1c3e5f-2b4d-4f8a-9c0e-7d1b3a5c7e9f',
  accountType: 'app',
  displayName: 'SquadFlow',
  email: 'squadflow-app@connect.atlassian.example',
  emailAddress: 'squadflow-app@connect.atlassian.example',
  apiToken: 'app-demo-token',
  role: 'The app itself (asApp): background sync; browses everything',
  timeZone: 'UTC',
  projectPermissions: { MKT: WORK, IT: WORK },
  globalPermissions: [],
  securityLevelIds: [SECURITY_RESTRICTED],
};
