import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// DESIGN §7: the HTML/CSS injection sinks are forbidden in src (and everywhere else we ship).
const sinkMessage = 'Forbidden sink (DESIGN §7): render with Lit templates and set styles with style.setProperty.';
const forbiddenSinks = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: sinkMessage },
    { property: 'outerHTML', message: sinkMessage },
    { property: 'insertAdjacentHTML', message: sinkMessage },
    { object: 'document', property: 'write', message: sinkMessage },
    { object: 'document', property: 'writeln', message: sinkMessage },
    { property: 'createContextualFragment', message: sinkMessage },
  ],
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit', importNames: ['unsafeCSS'], message: sinkMessage },
        { name: 'lit/directives/unsafe-html.js', message: sinkMessage },
        { name: 'lit/directives/unsafe-svg.js', message: sinkMessage },
        { name: 'lit/directives/unsafe-mathml.js', message: sinkMessage },
        { name: 'lit-html/directives/unsafe-html.js', message: sinkMessage },
        { name: 'lit-html/directives/unsafe-svg.js', message: sinkMessage },
        // Its first render writes a style attribute, which `style-src 'self'` blocks; use internal/style-props.
        { name: 'lit/directives/style-map.js', message: 'styleMap breaks the strict CSP on first render: use style.setProperty (internal style-props).' },
        { name: 'lit-html/directives/style-map.js', message: 'styleMap breaks the strict CSP on first render: use style.setProperty (internal style-props).' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "Identifier[name=/^unsafe(HTML|SVG|CSS|MathML)$/]", message: sinkMessage },
    { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
    { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-demo/', '.tmp/', 'bench-results/', 'e2e-screenshots/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      ...forbiddenSinks,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': 'off', // chai's `expect(x).to.be.true`
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-legacy-template-syntax': 'error',
      'wc/guard-super-call': 'off',
    },
  },
);
