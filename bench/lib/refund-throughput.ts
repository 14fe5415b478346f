import { createPrismaClient } from '@/server/database/prisma-client'
import { dropDatabase, ensureDatabase, migrateDatabase } from '@/server/database/migrate'
import { startWorker } from '@/server/jobs/run-worker'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { startStripeEmulator } from '@/server/testing/stripe-emulator'
import { emulatorClient } from '@/server/testing/stripe-emulator/test-client'
import { paidReturn } from '@/server/testing/stripe-harness'
import { type BenchPostgres } from './bench-servers'

export type RefundThroughput = { refunds: number; seconds: number; perSecond: number; concurrency: number }

const DATABASE = 'roundtrip_bench_refunds'

/**
 * Inspected returns resolved to refunds (intent + queued job, as staff would), then one worker
 * (graphile-worker, the production task list) pays them through the Stripe emulator. Counts from the
 * worker's start until every refund left `pending` (Stripe accepted it: processing or succeeded).
 */
export async function measureRefundThroughput(postgres: BenchPostgres, count: number, concurrency = 4): Promise<RefundThroughput> {
  await dropDatabase(postgres.url('postgres'), DATABASE)
  await ensureDatabase(postgres.url('postgres'), DATABASE)
  const url = postgres.url(DATABASE)
  await migrateDatabase(url)
  const db = createPrismaClient(url)
  const emulator = await startStripeEmulator({ refundSettleMs: 0 })
  const stripe = emulatorClient(emulator)
  try {
    const now = new Date()
    for (let i = 0; i < count; i++) {
      const { returnRequest } = await paidReturn(db, emulator, { unitPrice: 1000 + ((i * 37) % 9000) })
      await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: { type: 'staff', id: 'bench' }, now }))
    }
    const queued = await db.refund.count({ where: { status: 'pending' } })
    if (queued !== count) throw new Error(`expected ${count} pending refunds, found ${queued}`)
    const startedAt = performance.now()
    const worker = await startWorker({ databaseUrl: url, db, concurrency, pollIntervalMs: 100, crontab: false, deps: { stripe: () => stripe } })
    try {
      const deadline = Date.now() + 300_000
      while ((await db.refund.count({ where: { status: 'pending' } })) > 0) {
        if (Date.now() > deadline) throw new Error('refunds still pending after 5 minutes')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    } finally {
      await worker.stop()
    }
    const seconds = (performance.now() - startedAt) / 1000
    const failed = await db.refund.count({ where: { status: { in: ['failed', 'cancelled'] } } })
    if (failed) throw new Error(`${failed} refunds failed against the emulator`)
    return { refunds: count, seconds, perSecond: count / seconds, concurrency }
  } finally {
    await emulator.stop()
    await db.$disconnect()
    await dropDatabase(postgres.url('postgres'), DATABASE).catch(() => undefined)
  }
}
