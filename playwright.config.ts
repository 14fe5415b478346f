import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_PATH, missingChromiumMessage } from './server/cli/chromium'

const problem = missingChromiumMessage()
if (problem) throw new Error(problem)

const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${PORT}`

/** Debian's Chromium, headless; the background-networking flags keep it off the closed network. */
const launchOptions = {
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
}

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { baseURL, trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, launchOptions } },
  ],
  // The production build on a throwaway embedded PostgreSQL, migrated and seeded with the demo shop.
  webServer: {
    command: `node_modules/.bin/tsx server/cli/serve.ts start --ephemeral --host 127.0.0.1 --port ${PORT}`,
    url: `${baseURL}/demo`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    // SIGTERM lets the launcher stop Next.js and the throwaway PostgreSQL (and delete its data).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: { NEXT_TELEMETRY_DISABLED: '1', DEMO_MODE: '1' },
  },
})
