import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_PATH, missingChromiumMessage } from './server/cli/chromium'

const problem = missingChromiumMessage()
if (problem) throw new Error(problem)

// Phone and desktop each get their own server and database, so a return submitted on one viewport
// never changes what the other sees. Both start from the same freshly seeded demo data.
const PHONE_PORT = Number(process.env.E2E_PORT ?? 3100)
const DESKTOP_PORT = PHONE_PORT + 1
const urlFor = (port: number) => `http://127.0.0.1:${port}`
export const E2E_CARRIER_SECRET = 'e2e-carrier-webhook-secret-0001'

/** Debian's Chromium, headless; the background-networking flags keep it off the closed network. */
const launchOptions = {
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
}

export default defineConfig({
  testDir: './e2e',
  // A whole return (photos, label PDFs) on a busy 2-core CI machine can take a while.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], baseURL: urlFor(PHONE_PORT), launchOptions } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, baseURL: urlFor(DESKTOP_PORT), launchOptions } },
  ],
  // The production build on a throwaway embedded PostgreSQL, migrated and seeded with the demo shop.
  webServer: [PHONE_PORT, DESKTOP_PORT].map((port) => ({
    command: `node_modules/.bin/tsx server/cli/serve.ts start --ephemeral --host 127.0.0.1 --port ${port}`,
    url: `${urlFor(port)}/demo`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe' as const,
    // SIGTERM lets the launcher stop Next.js and the throwaway PostgreSQL (and delete its data).
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
    // A known secret, so a test can play the carrier and send signed tracking events.
    // Every test shares one client address here, so the per-client lookup limit is raised for the run.
    env: { NEXT_TELEMETRY_DISABLED: '1', DEMO_MODE: '1', CARRIER_WEBHOOK_SECRET: E2E_CARRIER_SECRET, LOOKUP_LIMIT_PER_CLIENT: '5000', SIGN_IN_LIMIT_PER_CLIENT: '5000' },
  })),
})
