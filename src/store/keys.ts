/**
 * Every storage key, in one place, namespaced by squad so one squad's data can be listed and
 * removed by prefix. Squad IDs are validated slugs (see squad-config schema), so no escaping.
 */
export const keys = {
  squadIndex: (): string => 'squads:index',
  squadConfig: (squadId: string): string => `squad:${squadId}:config`,
  squadPrefix: (squadId: string): string => `squad:${squadId}:`,
  syncState: (squadId: string): string => `squad:${squadId}:sync`,
  syncLease: (squadId: string): string => `squad:${squadId}:lease`,
} as const;
