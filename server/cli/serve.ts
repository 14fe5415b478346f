/**
 * `npm run dev` / `npm start`: one command from a fresh clone to a running portal with demo data.
 * Starts (or reuses) the database, migrates, seeds the demo shop once, then runs Next.js.
 *   tsx server/cli/serve.ts dev|start [--port 3000] [--host 127.0.0.1] [--ephemeral]
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { config as loadDotenv } from 'dotenv'
import { createPrismaClient } from '@/server/database/prisma-client'
import { prepareDatabase } from '@/server/database/prepare-database'
import { seedDemo } from '@/prisma/seed/seed-demo'
import { muteWorkerLogs, startWorker } from '@/server/jobs/run-worker'
import { redactConsole } from '@/server/security/log'
import { startDevStripe } from './dev-stripe'
import { localSecret } from './local-secret'
import { runNext } from './run-next'

// The worker and the Stripe emulator run in this process; Next.js redacts its own (instrumentation.ts).
redactConsole()
loadDotenv({ quiet: true })
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, host: { type: 'string' }, ephemeral: { type: 'boolean', default: false } },
})
const mode = positionals[0]
if (mode !== 'dev' && mode !== 'start') {
  console.error('Usage: tsx server/cli/serve.ts dev|start [--port N] [--host H] [--ephemeral]')
  process.exit(2)
}
const port = values.port ?? process.env.PORT ?? '3000'
const host = values.host ?? process.env.HOST ?? '0.0.0.0'
const log = (line: string) => console.log(`[roundtrip] ${line}`)

const database = await prepareDatabase({ ephemeral: values.ephemeral, log })
// The demo (seeded shop, password sign-in) is on by default only on the embedded database.
const demoMode = process.env.DEMO_MODE ?? (database.embedded ? '1' : '0')
const isDemo = demoMode === '1' || demoMode === 'true' || demoMode === 'on'
const authSecret = process.env.AUTH_SECRET || (database.embedded ? await localSecret('auth', !values.ephemeral) : undefined)
const carrierSecret = process.env.CARRIER_WEBHOOK_SECRET || (database.embedded ? await localSecret('carrier-webhook', !values.ephemeral) : undefined)

if (isDemo) {
  const db = createPrismaClient(database.url)
  try {
    const { created } = await seedDemo(db, { now: new Date() })
    log(created ? 'Seeded the demo shop (see README: Demo data).' : 'Demo shop already seeded.')
  } finally {
    await db.$disconnect()
  }
}

// Several throwaway servers may start side by side (one per test viewport): they must not all build.
if (mode === 'start' && values.ephemeral && !existsSync('.next/BUILD_ID')) {
  console.error('No production build yet: run `npm run build` first.')
  await database.stop()
  process.exit(1)
}
if (mode === 'start' && !existsSync('.next/BUILD_ID')) {
  log('No production build yet: running `next build` first…')
  const code = await runNext(['build'], process.env)
  if (code !== 0) {
    await database.stop()
    process.exit(code)
  }
}

// A throwaway server keeps its uploads in a throwaway folder too.
const uploadsDir = values.ephemeral ? await mkdtemp(path.join(os.tmpdir(), 'roundtrip-uploads-')) : process.env.UPLOADS_DIR
// Without a Stripe key the demo refunds against the bundled emulator, offline; with one, against Stripe.
const workerDb = createPrismaClient(database.url)
const devStripe = isDemo && !process.env.STRIPE_SECRET_KEY
  ? await startDevStripe({ db: workerDb, appPort: port, webhookSecret: await localSecret('stripe-webhook', !values.ephemeral) })
  : undefined
if (devStripe) log(`Stripe: emulator at ${devStripe.env.STRIPE_API_BASE} (no STRIPE_SECRET_KEY set).`)
const childEnv = {
  ...process.env,
  ...devStripe?.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: database.url,
  DEMO_MODE: demoMode,
  ...(authSecret ? { AUTH_SECRET: authSecret } : {}),
  ...(carrierSecret ? { CARRIER_WEBHOOK_SECRET: carrierSecret } : {}),
  ...(uploadsDir ? { UPLOADS_DIR: uploadsDir } : {}),
}
Object.assign(process.env, childEnv)
// The background worker (refunds, emails, webhooks, label expiry) runs beside Next.js in this process;
// `npm run worker` starts more of them elsewhere.
const worker = await startWorker({ databaseUrl: database.url, db: workerDb })
const shown = host === '0.0.0.0' ? 'localhost' : host
log(`Portal: http://${shown}:${port}/demo`)
// Same process group as this launcher: a supervisor that kills the group (Ctrl-C, Playwright) stops both.
const next = spawn('node_modules/.bin/next', [mode, '--port', port, '--hostname', host], { env: childEnv, stdio: 'inherit' })

let stopping = false
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  // Ctrl-C or a supervisor signals the whole group, PostgreSQL included: connections dropping now is expected.
  muteWorkerLogs()
  process.on('uncaughtException', () => undefined)
  if (next.exitCode === null) next.kill('SIGTERM')
  await worker.stop().catch(() => undefined)
  await devStripe?.stop()
  await workerDb.$disconnect()
  await database.stop()
  if (values.ephemeral && uploadsDir) await rm(uploadsDir, { recursive: true, force: true })
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
next.on('exit', (code) => void shutdown(code ?? 1))
