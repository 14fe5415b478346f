import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/.next/**', 'node_modules/**', 'prisma/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'reports/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Product images come from each merchant's CDN; next/image would need every host allowlisted.
      '@next/next/no-img-element': 'off',
      // App Router only: there is no pages/ directory for this rule to check against.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Server logs go through server/security/log.ts, which strips secrets; CLIs print to their operator.
    files: ['server/**/*.ts', 'app/**/*.ts', 'app/**/*.tsx', 'instrumentation.ts'],
    ignores: ['server/cli/**', 'server/testing/**', 'server/security/log.ts', '**/*.test.ts', '**/*.integration-test.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The domain layer is pure: no I/O, no framework, and only typed AppErrors.
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@prisma/*', '@trpc/*', 'next', 'next/*', 'pg', '@/server/db', '@/prisma/*', 'node:fs', 'node:http'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Error']", message: 'Throw an AppError (server/app-error.ts) with a code instead of a bare Error.' }],
    },
  },
)
