import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', '.tmp/**'] },
  ...tseslint.configs.strict,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Regex capture groups that the pattern guarantees are the common case; the type checker's
      // noUncheckedIndexedAccess already forces every other index read to be handled.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        // style.md practice 6: only classifySender (lib/sender.ts) reads who sent a message.
        { object: 'sender', property: 'tab', message: 'Use classifySender() from lib/sender.ts.' },
        { object: 'sender', property: 'id', message: 'Use classifySender() from lib/sender.ts.' },
        { object: 'sender', property: 'frameId', message: 'Use classifySender() from lib/sender.ts.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Page, pack and import text is untrusted: build DOM nodes or use the sanitising renderer.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page, pack and import text is untrusted: build DOM nodes or use the sanitising renderer.',
        },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['lib/sender.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
