// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** What the library must never do: HTML from strings, code from strings, inline styles from strings. */
const unsafeInLibrary = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Backend text is text: render it with a binding.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Build SVG with the svg`` tag.' },
      ],
      patterns: [
        { group: ['**/unsafe-html*', '**/unsafe-svg*'], message: 'Unsafe directives are banned in src/.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Use Lit templates or textContent.' },
    { property: 'outerHTML', message: 'Use Lit templates or textContent.' },
    { property: 'insertAdjacentHTML', message: 'Use Lit templates.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "AssignmentExpression > MemberExpression[property.name='innerHTML']",
      message: 'No innerHTML.',
    },
    { selector: "NewExpression[callee.name='Function']", message: 'No code from strings (strict CSP).' },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'lit/ban-attributes': ['error', 'style'],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'storybook-static/',
      'bench/dist/',
      'bench/results/',
      '.cache/',
      'public/mockServiceWorker.js',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'bench/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.keys(litA11y.rules).map((rule) => [
        `lit-a11y/${rule}`,
        rule === 'accessible-emoji' || rule === 'valid-lang' || rule === 'no-invalid-change-handler'
          ? 'off'
          : 'error',
      ]),
    ),
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      ...unsafeInLibrary,
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
