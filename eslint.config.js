import js from '@eslint/js';
import tseslint from 'typescript-eslint';

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const audiences = ['portal', 'kiosk', 'display', 'rate', 'workbench', 'console', 'supervision', 'cabinet'];
const serverModules = readdirSync(join(import.meta.dirname, 'src/server/modules'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// Import boundaries (STYLE.md): the pure domain imports nothing from server or web or Node;
// the platform never imports a module; the web never imports the server; audiences never
// import each other; a server module imports another only through its index.ts.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// The web's layers, top to bottom: app → audiences → features → ui → i18n and api (side by
// side) → domain. A layer imports only layers below it; each registers its own messages.
const webLayers = [['app'], ['audiences'], ['features'], ['ui'], ['i18n', 'api']];
function above(layer) {
  const rank = webLayers.findIndex((l) => l.includes(layer));
  const higher = webLayers.slice(0, rank).flat();
  const beside = webLayers[rank].filter((l) => l !== layer);
  return [{ group: [...higher, ...beside].map((l) => `**/${l}/**`), message: `The web's layers point one way (app → audiences → features → ui → i18n/api): ${layer}/ imports none above it.` }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: restrict([
      { group: ['**/server/**', '**/web/**'], message: 'The domain layer is pure: no server or web imports.' },
      { group: ['node:*'], message: 'The domain layer is pure: no Node APIs.' },
    ]),
  },
  {
    // The HTTP contract (decision 0023): answers' schemas both sides import; zod and the domain only.
    files: ['src/contract/**/*.ts'],
    rules: restrict([
      { group: ['**/server/**', '**/web/**'], message: 'The contract imports only zod and src/domain: both the server and the web import it.' },
      { group: ['node:*'], message: 'The contract runs in the browser too: no Node APIs.' },
    ]),
  },
  { files: ['src/server/platform/**/*.ts'], rules: restrict([{ group: ['**/modules/**'], message: 'The platform does not depend on modules.' }]) },
  { files: ['src/web/**/*.{ts,tsx}'], ignores: ['src/web/{audiences,features,ui,i18n,api}/**'], rules: restrict([{ group: ['**/server/**'], message: 'The web app talks to the server over HTTP only.' }]) },
  ...audiences.map((a) => ({
    files: [`src/web/audiences/${a}/**/*.{ts,tsx}`],
    rules: restrict([
      { group: ['**/server/**'], message: 'The web app talks to the server over HTTP only.' },
      { group: audiences.filter((o) => o !== a).map((o) => `**/audiences/${o}/**`), message: 'Audiences never import each other; share through src/web/features.' },
      ...above('audiences'),
    ]),
  })),
  ...['features', 'ui', 'i18n', 'api'].map((layer) => ({
    files: [`src/web/${layer}/**/*.{ts,tsx}`],
    rules: restrict([{ group: ['**/server/**'], message: 'The web app talks to the server over HTTP only.' }, ...above(layer)]),
  })),
  ...serverModules.flatMap(moduleBoundaries),
);

/**
 * A module reaches another module only through that module's `index.ts` (its public face).
 * Two exceptions: a `*.schema.ts` may name another module's schema for a foreign key, and tests
 * and fixtures may use another module's `*.fixture.ts`. Relative paths differ by folder depth,
 * hence one block per depth (a module folder is at most three levels deep).
 */
function moduleBoundaries(m) {
  const others = serverModules.filter((o) => o !== m);
  const message = 'A module imports another module only through its index.ts (ARCHITECTURE.md, decision 0022).';
  return [1, 2, 3].flatMap((depth) => {
    const files = `src/server/modules/${m}/${'*/'.repeat(depth - 1)}`;
    const up = '../'.repeat(depth);
    const group = (allowed) => others.flatMap((o) => [`${up}${o}/**`, ...allowed.map((a) => `!${up}${o}/${a}`)]);
    const block = (glob, allowed, ignores = []) => ({ files: [`${files}${glob}`], ignores, rules: restrict([{ group: group(allowed), message }]) });
    return [
      block('*.ts', ['index.ts'], [`${files}*.schema.ts`, `${files}*.test.ts`, `${files}*fixture*.ts`]),
      block('*.schema.ts', ['index.ts', '*.schema.ts']),
      block('*.test.ts', ['index.ts', '*.fixture.ts']),
      block('*fixture*.ts', ['index.ts', '*.fixture.ts']),
    ];
  });
}
