// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Each Forge package and the only file(s) that may import it: the one that wraps it. */
const FORGE_WRAPPERS = {
  '@forge/api': ['src/jira/forge-transport.ts'],
  '@forge/kvs': ['src/store/forge-kvs-store.ts'],
  // src/index.ts: the queue consumer answers Forge's InvocationError (retry after a rate limit).
  '@forge/events': ['src/sync/forge-queue.ts', 'src/index.ts'],
  '@forge/resolver': ['src/index.ts'],
  '@forge/bridge': ['static/src/bridge/forge-bridge.ts'],
};

/** `no-restricted-imports` paths for every Forge package except those `allowed` here. */
const forgePaths = (allowed = []) =>
  Object.entries(FORGE_WRAPPERS)
    .filter(([pkg]) => !allowed.includes(pkg))
    .map(([pkg, files]) => ({ name: pkg, message: `${pkg} may only be imported by ${files.join(' and ')}; everything else goes through the ports in src/ports.` }));

/** Packages a file wraps (by FORGE_WRAPPERS), so its own exemption lifts only those. */
const wrappedBy = (file) => Object.entries(FORGE_WRAPPERS).filter(([, files]) => files.includes(file)).map(([pkg]) => pkg);

const SYNC_LAYERING = [{ group: ['**/resolvers', '**/resolvers/**', '**/squad-view', '**/squad-view/**'], message: 'src/sync must not import src/resolvers or src/squad-view: they are built on it, not the other way round.' }];
const UI_LAYERING = [{ regex: '^(\\.\\./)+src/(?!contract)', message: 'The UI imports only src/contract from the backend.' }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'static/dist/**', '.squadflow-data/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: forgePaths() }],
    },
  },
  {
    // The domain core is pure: no Forge, no I/O, no wall clock, no randomness.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [
          { group: ['@forge/*'], message: 'src/domain is pure: no Forge imports.' },
          { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os'], message: 'src/domain is pure: no I/O.' },
          { group: ['**/jira/**', '**/store/**', '**/sync/**', '**/resolvers/**', '**/ports/**', '../../local/**'], message: 'src/domain depends on nothing outside itself and src/contract.' },
        ] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `nowMs` in: the domain has no clock.' },
        { object: 'Math', property: 'random', message: 'Pass a random source in: results must be reproducible.' },
      ],
    },
  },
  {
    // Layering of the back end: the sync never reaches up into resolvers (or the read side built on
    // it); the read side (src/squad-view) stands on its own narrow deps, not on resolvers; resolvers
    // use the sync only through its public index.
    files: ['src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: forgePaths(), patterns: SYNC_LAYERING },
      ],
    },
  },
  {
    files: ['src/squad-view/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forgePaths(),
          patterns: [
            { group: ['**/resolvers', '**/resolvers/**'], message: 'The read side depends on its own narrow interfaces (SquadViewDeps), never on src/resolvers.' },
            { group: ['../sync/*'], message: 'Use the sync through its public index (src/sync/index.ts).' },
          ],
        },
      ],
    },
  },
  {
    // The command-line tool reads Jira or a file and computes: no storage, sync, read side or resolvers.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: forgePaths(), patterns: [{ group: ['**/store', '**/store/**', '**/sync', '**/sync/**', '**/squad-view', '**/squad-view/**', '**/resolvers', '**/resolvers/**'], message: 'src/cli uses only src/contract, src/domain and src/jira.' }] },
      ],
    },
  },
  {
    files: ['src/resolvers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forgePaths(),
          patterns: [
            { group: ['../sync/*', '../../sync/*'], message: 'Resolvers use the sync only through its public index (src/sync/index.ts), never its internals.' },
            { group: ['../squad-view/*', '../../squad-view/*'], message: 'Use the read side through its index (src/squad-view/index.ts).' },
          ],
        },
      ],
    },
  },
  {
    // The UI sees the backend only through src/contract.
    files: ['static/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: forgePaths(), patterns: UI_LAYERING },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'local/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  // The single files allowed to touch a Forge package: each exemption lifts only the package(s) that
  // file wraps, and keeps its folder's layering rules.
  { files: ['src/jira/forge-transport.ts'], rules: { 'no-restricted-imports': ['error', { paths: forgePaths(wrappedBy('src/jira/forge-transport.ts')) }] } },
  { files: ['src/store/forge-kvs-store.ts'], rules: { 'no-restricted-imports': ['error', { paths: forgePaths(wrappedBy('src/store/forge-kvs-store.ts')) }] } },
  { files: ['src/sync/forge-queue.ts'], rules: { 'no-restricted-imports': ['error', { paths: forgePaths(wrappedBy('src/sync/forge-queue.ts')), patterns: SYNC_LAYERING }] } },
  { files: ['src/index.ts'], rules: { 'no-restricted-imports': ['error', { paths: forgePaths(wrappedBy('src/index.ts')) }] } },
  { files: ['static/src/bridge/forge-bridge.ts'], rules: { 'no-restricted-imports': ['error', { paths: forgePaths(wrappedBy('static/src/bridge/forge-bridge.ts')), patterns: UI_LAYERING }] } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
