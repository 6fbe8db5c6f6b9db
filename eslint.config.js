// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A string literal that names a collection: allowed only in the registry, or checked against it with `satisfies`. */
const COLLECTION_LITERAL =
  'Literal[value=/^(articles|actors|events|statements)$/]:not(TSSatisfiesExpression > Literal, TSLiteralType > Literal, JSXAttribute > Literal)';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'tests/.output/',
      'bench/.tmp/',
      'bench/baseline/dist*/',
      'bench/baseline/.astro/',
      'bench/baseline/node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    rules: {
      // The environment is read in one typed module (src/config/env.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'read the environment in src/config/env.ts only',
        },
        {
          selector: COLLECTION_LITERAL,
          message: 'name collections through src/registry.ts (or check the literal with `satisfies CollectionName`)',
        },
      ],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/config/env.ts', 'src/ingest/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: COLLECTION_LITERAL,
          message: 'name collections through src/registry.ts (or check the literal with `satisfies CollectionName`)',
        },
      ],
    },
  },
  {
    files: ['src/registry.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The model is framework-free: no Astro, no file system, no environment.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*', 'astro', 'astro/*'], message: 'the model is framework-free: no Astro imports' },
            { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'], message: 'the model does no I/O: read files in src/io/' },
            {
              group: ['**/io/*', '**/site/*', '**/config/*', '**/integrations/*'],
              message: 'the model depends on nothing above it',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and components receive resolved data from views: no non-null look-ups.
    files: ['src/pages/**/*.{ts,astro}', 'src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/site/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
);
