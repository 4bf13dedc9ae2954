/** Absolute URLs the way Jira builds `self` links, from the site root the request came to. */
export interface Links {
  base: string;
  api(path: string): string;
  /** Jira's four avatar sizes, served by the emulator as initials so nothing loads from outside. */
  avatars(initials: string): Record<'16x16' | '24x24' | '32x32' | '48x48', string>;
}

export function createLinks(base: string): Links {
  const root = base.replace(/\/+$/, '');
  const avatar = (initials: string, size: number): string => `${root}/__emulator/avatar?initials=${encodeURIComponent(initials)}&size=${size}`;
  return {
    base: root,
    api: (path) => `${root}/rest/api/3/${path}`,
    avatars: (initials) => ({
      '16x16': avatar(initials, 16),
      '24x24': avatar(initials, 24),
      '32x32': avatar(initials, 32),
      '48x48': avatar(initials, 48),
    }),
  };
}

export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}
