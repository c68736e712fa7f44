import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Writing markup from strings is how page text would become code: forbidden everywhere in our code.
const noHtmlSinks = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render page text as text, never as HTML.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']", message: 'No document.write: render with Preact.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render page text as text, never as HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never as HTML.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['entrypoints/**', 'components/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    // lib/ is pure: it runs in the popup, the content script, Node and the CLI alike.
    files: ['lib/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest'],
      'no-restricted-imports': ['error', { patterns: [
        { group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', 'node:*', 'fs', 'path', 'child_process'], message: 'lib/ is pure TypeScript: take inputs as parameters.' },
        { group: ['../components/*', '../entrypoints/*', '../../components/*', '../../entrypoints/*', '../scripts/*', '../../scripts/*'], message: 'lib/ must not depend on the extension or scripts.' },
      ] }],
    },
  },
);
