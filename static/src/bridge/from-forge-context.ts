import type { ColorMode, HostContext } from './host-bridge';

/** The parts of Forge's `FullContext` the UI reads (kept structural so tests need no bridge). */
export interface ForgeContextLike {
  moduleKey: string;
  accountId?: string;
  extension: Record<string, unknown>;
  theme?: { colorMode?: string } | null;
}

const field = (obj: unknown, key: string): unknown =>
  typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[key] : undefined;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The first segment of a project page's in-app path: Jira appends a sub-page's `route` to the page
 * URL and Custom UI reads it through `view.createHistory()` (`/metrics` → `metrics`, `/` → null).
 */
export function routeFromPath(pathname: string | null | undefined): string | null {
  const first = (pathname ?? '').split('/').find((s) => s !== '');
  return first === undefined ? null : decodeURIComponent(first);
}

/**
 * Normalises Forge's module context: project and issue from `extension.project` / `extension.issue`,
 * the gadget's saved configuration from `extension.gadgetConfiguration`, its edit view from
 * `extension.entryPoint === 'edit'`, the colour mode from `theme.colorMode`.
 */
export function fromForgeContext(ctx: ForgeContextLike, pathname: string | null, search: string | null = null): HostContext {
  const ext = ctx.extension;
  const config = field(ext, 'gadgetConfiguration');
  const mode = field(ctx.theme, 'colorMode');
  const colorMode: ColorMode = mode === 'dark' || mode === 'light' ? mode : 'auto';
  // A project page opened from the gadget carries `?squad=` in its in-app location.
  const fromSearch = new URLSearchParams(search ?? '').get('squad');
  const squad = fromSearch ?? field(config, 'squadId');
  return {
    moduleKey: ctx.moduleKey,
    route: routeFromPath(pathname),
    entryPoint: field(ext, 'entryPoint') === 'edit' ? 'edit' : 'view',
    accountId: text(ctx.accountId),
    projectKey: text(field(field(ext, 'project'), 'key')),
    issueKey: text(field(field(ext, 'issue'), 'key')),
    squadId: text(squad),
    gadgetConfig: typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : null,
    colorMode,
    host: 'forge',
  };
}
