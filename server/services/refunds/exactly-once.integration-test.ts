import type { Runner } from 'graphile-worker'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startWorker } from '@/server/jobs/run-worker'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { signPayload } from '@/server/testing/stripe-emulator'
import { emulatorClient } from '@/server/testing/stripe-emulator/test-client'
import { type StripeHarness, eventually, paidReturn, startStripeHarness } from '@/server/testing/stripe-harness'
import { connectTestDb } from '@/server/testing/test-db'
import { createRefundIntent } from './create-refund-intent'
import { executeRefund } from './execute-refund'

const db = connectTestDb()
let harness: StripeHarness

beforeAll(async () => {
  harness = await startStripeHarness()
})
afterAll(() => harness.stop())

const staff = { type: 'staff' as const, id: 'agent_1' }
const stripeRefundsFor = (refundId: string) => harness.emulator.refunds().filter((r) => r.metadata.roundtrip_refund_id === refundId)

/** Sends an event the emulator already delivered once more, freshly signed, as a replaying Stripe would. */
async function redeliver(body: unknown): Promise<number> {
  const payload = JSON.stringify(body)
  const response = await fetch(harness.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signPayload(payload, process.env.STRIPE_WEBHOOK_SECRET!) }, body: payload })
  return response.status
}

describe('exactly one refund', () => {
  test('200 concurrent refund requests for one return and 5× replay of every webhook: one Stripe refund, one succeeded row', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator, { unitPrice: 4200 })
    const now = new Date()
    // 100 "resolve this inspected return" and 100 staff refunds with the same action key, all at once.
    const requests = await Promise.allSettled([
      ...Array.from({ length: 100 }, () => db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }), { maxWait: 60_000, timeout: 60_000 })),
      ...Array.from({ length: 100 }, () =>
        db.$transaction((tx) => createRefundIntent(tx, { orderId: order.id, returnId: returnRequest.id, amount: 4200, trigger: 'staff', sourceId: 'action-7f3a', actor: staff, now }), { maxWait: 60_000, timeout: 60_000 }),
      ),
    ])
    // The first writer wins the whole payment; every other request is refused or answered with the same intent.
    const rows = await db.refund.findMany({ where: { orderId: order.id } })
    expect(rows).toHaveLength(1)
    const refused = requests.filter((r) => r.status === 'rejected').map((r) => (r.reason as { code?: string }).code)
    expect(requests.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1)
    expect(refused.every((c) => c === 'REFUND_EXCEEDS_CAPTURED' || c === 'INVALID_STATE_TRANSITION')).toBe(true)

    // Twenty workers race to pay it.
    const refundId = rows[0]!.id
    await Promise.all(Array.from({ length: 20 }, () => executeRefund(db, refundId, { stripe: harness.stripe })))
    await harness.emulator.flushWebhooks()
    const delivered = harness.emulator.events().filter((e) => (e.data.object as { metadata?: Record<string, string> }).metadata?.roundtrip_refund_id === refundId || e.type === 'charge.refunded')
    expect(delivered.map((e) => e.type).sort()).toEqual(['charge.refunded', 'refund.created', 'refund.updated'])
    const statuses = await Promise.all(delivered.flatMap((event) => Array.from({ length: 4 }, () => redeliver(event))))
    expect(statuses.every((s) => s === 200)).toBe(true)

    expect(stripeRefundsFor(refundId)).toHaveLength(1)
    const refund = await db.refund.findUniqueOrThrow({ where: { id: refundId } })
    expect(refund).toMatchObject({ status: 'succeeded', amount: 4200, stripeRefundId: stripeRefundsFor(refundId)[0]!.id })
    expect(await db.refund.count({ where: { orderId: order.id, status: 'succeeded' } })).toBe(1)
    expect(await db.stripeEvent.count({ where: { id: { in: delivered.map((e) => e.id) } } })).toBe(3)
    const request = await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })
    expect(request.status).toBe(refund.trigger === 'inspection' ? 'refunded' : 'inspected')
    expect(await db.returnEvent.count({ where: { returnId: returnRequest.id, type: 'refund_succeeded' } })).toBe(1)
  }, 60_000)

  test('with 30% of Stripe calls failing (500, 429, timeouts, dropped after success), 100 refunds all succeed, each once at Stripe', async () => {
    const returns = await Promise.all(Array.from({ length: 100 }, () => paidReturn(db, harness.emulator, { unitPrice: 1000 + Math.floor(Math.random() * 9000) })))
    harness.emulator.setFaults({ rate: 0.3, kinds: ['500', '429', 'timeout', 'drop-after-success'], seed: 42, timeoutMs: 400 })
    const stripe = emulatorClient(harness.emulator, { timeout: 250 })
    let worker: Runner | undefined
    try {
      const now = new Date()
      for (const { returnRequest } of returns) {
        await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }))
      }
      worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db, concurrency: 8, pollIntervalMs: 200, crontab: false, deps: { stripe: () => stripe } })
      const ids = returns.map((r) => r.returnRequest.id)
      await eventually(async () => {
        const open = await db.refund.count({ where: { returnId: { in: ids }, status: { not: 'succeeded' } } })
        expect(open).toBe(0)
      }, 120_000, 250)
    } finally {
      await worker?.stop()
      harness.emulator.setFaults({})
    }
    await harness.emulator.flushWebhooks()
    const faulted = harness.emulator.requests().filter((r) => r.fault !== null)
    expect(new Set(faulted.map((r) => r.fault))).toEqual(new Set(['500', '429', 'timeout', 'drop-after-success']))
    const byKind = ['500', '429', 'timeout', 'drop-after-success'].map((kind) => `${kind}: ${faulted.filter((r) => r.fault === kind).length}`).join(', ')
    console.info(`[fault run] ${harness.emulator.requests().length} Stripe calls, ${faulted.length} faulted (${byKind}), ${harness.emulator.refunds().length} refunds at Stripe in this file`)
    const rows = await db.refund.findMany({ where: { returnId: { in: returns.map((r) => r.returnRequest.id) } } })
    expect(rows).toHaveLength(100)
    for (const row of rows) {
      const atStripe = stripeRefundsFor(row.id)
      expect(atStripe).toHaveLength(1)
      expect(atStripe[0]!.amount).toBe(row.amount)
      expect(row.stripeRefundId).toBe(atStripe[0]!.id)
    }
    await eventually(async () => {
      expect(await db.returnRequest.count({ where: { id: { in: returns.map((r) => r.returnRequest.id) }, status: 'refunded' } })).toBe(100)
    })
  }, 180_000)
})

describe('when Stripe says no, or the money moved elsewhere', () => {
  test('a refund Stripe later fails gives its reservation back and flags the return for staff', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator)
    harness.emulator.setFaults({ failRefunds: true })
    try {
      await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now: new Date() }))
      const refund = await db.refund.findFirstOrThrow({ where: { returnId: returnRequest.id } })
      expect(await executeRefund(db, refund.id, { stripe: harness.stripe })).toBe('processing')
      await harness.emulator.flushWebhooks()
    } finally {
      harness.emulator.setFaults({})
    }
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: returnRequest.id } })
    expect(refund.status).toBe('failed')
    expect(refund.failureReason).toContain('expired_or_canceled_card')
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundReservedAmount).toBe(0)
    const request = await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })
    expect(request).toMatchObject({ status: 'refund_pending' })
    expect(request.attentionReason).toContain('failed')
  })

  test('a dashboard refund is recorded and never re-issued; an intent Stripe then refuses ends failed with Stripe\'s reason', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator)
    await harness.stripe.refunds.create({ payment_intent: order.paymentReference!, amount: order.capturedAmount })
    await harness.emulator.flushWebhooks()
    // The dashboard refund above was recorded, so our own intent is refused before Stripe is called.
    await expect(db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now: new Date() }))).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_CAPTURED' })
    const external = await db.refund.findFirstOrThrow({ where: { orderId: order.id } })
    expect(external).toMatchObject({ trigger: 'external', amount: order.capturedAmount, actorType: 'merchant' })
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })).attentionReason).toContain('outside Roundtrip')

    // An intent written before the outside refund is told "already refunded" by Stripe and ends failed.
    const second = await paidReturn(db, harness.emulator)
    await db.$transaction((tx) => resolveReturn(tx, { returnId: second.returnRequest.id, trigger: 'inspection', actor: staff, now: new Date() }))
    harness.emulator.setFaults({})
    await harness.stripe.refunds.create({ payment_intent: second.order.paymentReference! }) // Stripe dashboard, webhook not yet handled
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: second.returnRequest.id } })
    expect(await executeRefund(db, refund.id, { stripe: harness.stripe })).toBe('failed')
    const failed = await db.refund.findUniqueOrThrow({ where: { id: refund.id } })
    expect(failed.failureReason).toContain('charge_already_refunded')
    expect(failed.attempts).toBe(1)
    await harness.emulator.flushWebhooks()
  })

  test('a dispute blocks the refund, cancels what was not yet sent, and flags the return', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator)
    await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now: new Date() }))
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: returnRequest.id } })
    const intent = await harness.stripe.paymentIntents.retrieve(order.paymentReference!)
    harness.emulator.disputeCharge(intent.latest_charge as string)
    await harness.emulator.flushWebhooks()

    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: 'cancelled' })
    expect(await executeRefund(db, refund.id, { stripe: harness.stripe })).toBe('cancelled')
    expect(stripeRefundsFor(refund.id)).toHaveLength(0)
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } })
    expect(after.disputedAt).not.toBeNull()
    expect(after.refundReservedAmount).toBe(0)
    const request = await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })
    expect(request.attentionReason).toContain('disputed')
    expect(await db.returnEvent.count({ where: { returnId: returnRequest.id, type: 'payment_disputed' } })).toBe(1)
    await expect(db.$transaction((tx) => createRefundIntent(tx, { orderId: order.id, returnId: returnRequest.id, amount: 100, trigger: 'staff', sourceId: 'after-dispute', actor: staff, now: new Date() }))).rejects.toMatchObject({ code: 'PAYMENT_DISPUTED' })
  })

  test('the webhook refuses a bad signature and ignores events it does not handle', async () => {
    const payload = JSON.stringify({ id: 'evt_forged', type: 'refund.updated', data: { object: {} } })
    const forged = await fetch(harness.webhookUrl, { method: 'POST', headers: { 'stripe-signature': signPayload(payload, 'whsec_wrong_secret_0123456789') }, body: payload })
    expect(forged.status).toBe(400)
    expect(await db.stripeEvent.count({ where: { id: 'evt_forged' } })).toBe(0)
    const other = JSON.stringify({ id: 'evt_other', object: 'event', type: 'customer.created', data: { object: {} } })
    const ignored = await fetch(harness.webhookUrl, { method: 'POST', headers: { 'stripe-signature': signPayload(other, process.env.STRIPE_WEBHOOK_SECRET!) }, body: other })
    expect(await ignored.json()).toMatchObject({ result: 'ignored' })
  })
})
