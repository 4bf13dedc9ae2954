// Module keys the server treats specially (kept free of zod: the UI's first chunk imports it).

/**
 * The `jira:projectSettingsPage` module: a project admin's squads, from their project's settings.
 * Calls from it see and change only squads that hold the page's project and whose projects the
 * caller all administers; any other squad does not exist there.
 */
export const PROJECT_SETTINGS_MODULE = 'squadflow-project-settings';

/** Whether the call comes from the project settings page (squads limited as above). */
export function fromProjectSettings(ctx: { moduleKey?: string | undefined }): boolean {
  return ctx.moduleKey === PROJECT_SETTINGS_MODULE;
}

/**
 * Modules whose `squads.list` answers no `access` (they offer no squad creation), so listing
 * squads there asks Jira for the caller's global permissions no more.
 */
export const LISTS_WITHOUT_ACCESS: ReadonlySet<string> = new Set(['squadflow-project', 'squadflow-gadget', 'squadflow-issue-panel']);
