import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const audiences = ['portal', 'kiosk', 'display', 'rate', 'workbench', 'console', 'supervision'];

// Import boundaries (STYLE.md): the pure domain imports nothing from server or web or Node;
// the platform never imports a module; the web never imports the server; audiences never
// import each other.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
  { files: ['src/web/**/*.{ts,tsx}'], ignores: ['src/web/audiences/**'], rules: restrict([{ group: ['**/server/**'], message: 'The web app talks to the server over HTTP only.' }]) },
  ...audiences.map((a) => ({
    files: [`src/web/audiences/${a}/**/*.{ts,tsx}`],
    rules: restrict([
      { group: ['**/server/**'], message: 'The web app talks to the server over HTTP only.' },
      { group: audiences.filter((o) => o !== a).map((o) => `**/audiences/${o}/**`), message: 'Audiences never import each other; share through src/web/features.' },
    ]),
  })),
);
