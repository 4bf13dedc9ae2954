import { PEOPLE_BY_ACCOUNT_ID } from '../../demo-data';
import type { DemoUser } from '../users';
import { initialsOf, type Links } from './links';

/** `UserDetails` (assignee, reporter, changelog author) for any account in the data. */
export function renderUserDetails(links: Links, accountId: string, appUser: DemoUser): Record<string, unknown> {
  const person = PEOPLE_BY_ACCOUNT_ID.get(accountId);
  const isApp = accountId === appUser.accountId;
  const displayName = person?.displayName ?? (isApp ? appUser.displayName : 'Former user');
  return {
    self: links.api(`user?accountId=${encodeURIComponent(accountId)}`),
    accountId,
    emailAddress: person?.email ?? appUser.emailAddress,
    avatarUrls: links.avatars(initialsOf(displayName)),
    displayName,
    active: person !== undefined || isApp,
    timeZone: 'UTC',
    accountType: isApp ? 'app' : 'atlassian',
  };
}

/** `User`, as `GET /myself` answers. */
export function renderMyself(links: Links, user: DemoUser): Record<string, unknown> {
  return {
    self: links.api(`user?accountId=${encodeURIComponent(user.accountId)}`),
    accountId: user.accountId,
    accountType: user.accountType,
    emailAddress: user.emailAddress,
    avatarUrls: links.avatars(initialsOf(user.displayName)),
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
    locale: 'en_US',
    groups: { size: 0, items: [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}
