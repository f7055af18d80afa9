// ESLint (flat config): TypeScript rules, the rules of hooks, and the import boundaries of the
// console's layout (README "Code layout"):
//   src/lib, src/components  ->  shared code, never import a feature or the app;
//   src/features/<f>          ->  never import another feature or the app;
//   src/app                   ->  pages and routes: compose any features.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// A relative import that climbs two folders leaves a feature's api/components/utils folder:
// whatever lives outside is imported as `@/...`, so the rules below can see where it goes.
const noClimbing = {
  group: ['../../*', '../../../*', '../../../../*'],
  message: 'Import code outside your own folder by its `@/` path.',
};

const restrict = (...patterns) => ['error', { patterns: [noClimbing, ...patterns] }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': restrict(),
    },
  },
  {
    files: ['src/lib/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['@/features/*', '@/app/*'],
        message: 'Shared code (src/lib, src/components) does not import features or the app.',
      }),
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict({
        group: ['@/features/*', `!@/features/${feature}`, '@/app/*'],
        message: `Features do not import other features or the app: compose them in a page (src/app/routes).`,
      }),
    },
  })),
  {
    files: ['e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
