import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('./', import.meta.url))
// `server-only` throws outside Next's server bundle; tests call route handlers and server code directly.
const serverOnlyStub = fileURLToPath(new URL('./server/testing/server-only-stub.ts', import.meta.url))

// Unit tests (*.test.ts) are pure and sit next to the code; integration tests
// (*.integration-test.ts) run against a real PostgreSQL, one database per worker.
export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': serverOnlyStub } },
  test: {
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses; Vite resolves it.
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        extends: true,
        // Image tests decode real photos: generous on a busy 2-core machine.
        test: { name: 'unit', include: ['server/**/*.test.ts', 'components/**/*.test.ts', 'bench/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['server/**/*.integration-test.ts', 'prisma/**/*.integration-test.ts', 'app/**/*.integration-test.ts'],
          environment: 'node',
          globalSetup: ['server/testing/integration-global-setup.ts'],
          setupFiles: ['server/testing/integration-worker-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
