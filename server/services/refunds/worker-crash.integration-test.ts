import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { type StripeEmulator, startStripeEmulator } from '@/server/testing/stripe-emulator'
import { eventually, paidReturn } from '@/server/testing/stripe-harness'
import { connectTestDb } from '@/server/testing/test-db'
import { sweepRefunds } from './sweep-refunds'

const db = connectTestDb()
// No webhook endpoint: the restarted worker alone must put things right.
let emulator: StripeEmulator
const workers: ChildProcess[] = []

beforeAll(async () => {
  emulator = await startStripeEmulator({ refundSettleMs: 20 })
})
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL')
  await emulator.stop()
})

/** `npm run worker`, as a separate process we can kill without warning. */
function startWorkerProcess(): ChildProcess {
  const child = spawn('node_modules/.bin/tsx', ['server/cli/worker.ts'], {
    env: { ...process.env, STRIPE_SECRET_KEY: emulator.apiKey, STRIPE_API_BASE: emulator.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  workers.push(child)
  return child
}

test('killing the worker between the Stripe call and the database update, then restarting it, ends with one refund', async () => {
  const { returnRequest } = await paidReturn(db, emulator, { unitPrice: 7300 })
  // Stripe makes the refund, then the answer never arrives: the worker is stuck right after the call.
  emulator.setFaults({ sequence: ['hang-after-success'], match: 'POST /v1/refunds', timeoutMs: 120_000 })
  await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: { type: 'staff', id: 'u1' }, now: new Date() }))
  const refund = await db.refund.findFirstOrThrow({ where: { returnId: returnRequest.id } })
  const atStripe = () => emulator.refunds().filter((r) => r.metadata.roundtrip_refund_id === refund.id)

  const first = startWorkerProcess()
  await eventually(async () => expect(atStripe()).toHaveLength(1), 60_000, 100)
  first.kill('SIGKILL')
  await new Promise((resolve) => first.once('exit', resolve))
  expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: 'pending', attempts: 1, stripeRefundId: null })

  // Restart; the sweep notices the refund has not moved and queues it again.
  startWorkerProcess()
  expect((await sweepRefunds(db, new Date(Date.now() + 10 * 60_000))).requeued).toBeGreaterThanOrEqual(1)
  await eventually(async () => expect((await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe('succeeded'), 60_000, 100)

  expect(atStripe()).toHaveLength(1)
  const after = await db.refund.findUniqueOrThrow({ where: { id: refund.id } })
  expect(after.stripeRefundId).toBe(atStripe()[0]!.id)
  // The second run found the refund by its metadata instead of creating another.
  expect(emulator.requests().filter((r) => r.method === 'POST' && r.path === '/v1/refunds')).toHaveLength(1)
  expect((await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })).status).toBe('refunded')
}, 150_000)
