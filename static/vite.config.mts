import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * One Custom UI resource for every Forge module (DESIGN §3): the default build writes a
 * self-contained folder, static/dist/app (index.html and its assets inside it), that manifest.yml's
 * `main` resource points to. `--mode harness` builds the same app for the local harness into
 * static/dist/local, with the host bridge swapped for one that calls the harness's /api/invoke.
 */
export default defineConfig(({ mode }) => {
  const local = mode === 'harness';
  return {
    root: here('.'),
    // Forge serves the resource from a CDN path we do not know: relative URLs. The harness serves
    // pages at nested paths (/issue/MKT-1, /gadget/edit), so the local build uses absolute ones.
    base: local ? '/' : './',
    plugins: [react()],
    resolve: {
      alias: [
        {
          find: '@host-bridge',
          replacement: here(local ? './src/bridge/local-bridge.ts' : './src/bridge/forge-bridge.ts'),
        },
        // Atlaskit's feature-gate client (and Statsig's) is never asked: our flag resolver answers
        // first (src/feature-flags.ts). About 80 KB off every page's first load.
        { find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/, replacement: here('./src/feature-gates-off.ts') },
      ],
    },
    build: {
      outDir: here(local ? './dist/local' : './dist/app'),
      emptyOutDir: true,
      target: 'es2022',
      // Each page is its own lazy chunk; warn if any single chunk grows past this.
      chunkSizeWarningLimit: 600,
      reportCompressedSize: true,
    },
    logLevel: 'warn',
  };
});
