import './feature-flags';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import type { ColorMode } from './bridge/host-bridge';

/**
 * Loads the theme's token CSS for the host's colour mode (locally `?theme=dark` picks it; in
 * Jira, `view.theme.enable()` hands the mode to Jira). A chunk of its own, started by the boot
 * code (main.tsx) beside the app's chunk, so the token CSS loads while React and Atlaskit do.
 */
export function applyTheme(colorMode: ColorMode): Promise<unknown> {
  return setGlobalTheme({ light: 'light', dark: 'dark', colorMode, spacing: 'spacing', typography: 'typography' });
}
