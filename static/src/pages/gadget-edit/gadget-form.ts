/** What the gadget's edit view saves with `view.submit` (Jira reads `refresh`, in minutes). */
export interface GadgetConfigValues {
  title: string;
  refresh: number;
}

export interface GadgetFormValues {
  title: string;
  refresh: string;
}

export const TITLE_MAX_CHARS = 80;
export const REFRESH_MINUTES = { min: 5, max: 1440 } as const;

export function validateTitle(value: string | undefined): string | undefined {
  const title = (value ?? '').trim();
  if (title === '') return 'Give the gadget a title.';
  if (title.length > TITLE_MAX_CHARS) return `Keep the title to ${TITLE_MAX_CHARS} characters (it has ${title.length}).`;
  return undefined;
}

export function validateRefresh(value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!/^\d+$/.test(text)) return 'Enter whole minutes, e.g. 30.';
  const minutes = Number(text);
  if (minutes < REFRESH_MINUTES.min || minutes > REFRESH_MINUTES.max) {
    return `Refresh every ${REFRESH_MINUTES.min} to ${REFRESH_MINUTES.max} minutes.`;
  }
  return undefined;
}

/** Form values → the configuration to submit; call only after both validators passed. */
export function toGadgetConfig(values: GadgetFormValues): GadgetConfigValues {
  return { title: values.title.trim(), refresh: Number(values.refresh.trim()) };
}

/** A saved configuration → the form's initial values (defaults for what is missing or odd). */
export function toFormValues(config: Record<string, unknown> | null): GadgetFormValues {
  const title = typeof config?.['title'] === 'string' ? config['title'] : 'SquadFlow portfolio';
  const refresh = typeof config?.['refresh'] === 'number' ? String(config['refresh']) : '30';
  return { title, refresh };
}
