/**
 * Stands in for `@atlaskit/feature-gate-js-client/feature-gates` in the build (see
 * static/vite.config.mts). Atlaskit's `@atlaskit/platform-feature-flags` imports that client only
 * to ask it when no resolver is set; ours is set before any Atlaskit code runs (feature-flags.ts)
 * and answers false, as the client does uninitialised inside a Forge iframe. The real client
 * (with Statsig's) was about 80 KB of the code every page loaded and ran before its first paint.
 */
const FeatureGates = {
  checkGate: (_gateName: string): boolean => false,
};

export default FeatureGates;
