import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'reports/',
      'coverage/',
      'custom-elements.json',
      'src/frameworks/',
      'examples/**/dist/',
      'examples/*/node_modules/',
      'examples/next/.next/',
      'examples/next/next-env.d.ts',
      'examples/sveltekit/.svelte-kit/',
      'examples/sveltekit/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Strict equality only: what a comparison accepts is read off the line.
      eqeqeq: 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Elements are registered only by the define modules, never where the class is declared.
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's expect(...).to.be.true style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
