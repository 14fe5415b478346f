/**
 * `npm run worker`: a background worker on its own (refunds, emails, webhooks out, label expiry).
 * `npm run dev` already runs one; start more of these to scale, each takes jobs without overlap.
 */
import { config as loadDotenv } from 'dotenv'
import { createPrismaClient } from '@/server/database/prisma-client'
import { prepareDatabase } from '@/server/database/prepare-database'
import { startWorker } from '@/server/jobs/run-worker'
import { redactConsole } from '@/server/security/log'

// Libraries log too (pg, graphile-worker): all of it is redacted like our own lines.
redactConsole()
loadDotenv({ quiet: true })
const database = await prepareDatabase()
const db = createPrismaClient(database.url)
const worker = await startWorker({ databaseUrl: database.url, db })
console.log('[roundtrip] Worker running; Ctrl-C stops it.')

async function shutdown() {
  await worker.stop().catch(() => undefined)
  await db.$disconnect()
  await database.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
