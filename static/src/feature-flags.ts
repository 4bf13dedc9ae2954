import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';

/**
 * Atlaskit asks Atlassian's feature-gate client about its own experiments (e.g. setGlobalTheme
 * checks `platform_increased-contrast-themes`). Inside a Forge iframe that client is never
 * initialised, so every check logged "Client must be initialized" and answered false. Answer
 * false here, silently: the released Atlaskit behaviour, and no console output. Imported first.
 */
setBooleanFeatureFlagResolver(() => false);
