import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { type StripeHarness, paidReturn, startStripeHarness } from '@/server/testing/stripe-harness'
import { connectTestDb } from '@/server/testing/test-db'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { createRefundIntent } from './create-refund-intent'

const db = connectTestDb()
const now = new Date('2026-11-27T12:00:00Z')
let harness: StripeHarness

beforeAll(async () => {
  harness = await startStripeHarness()
})
afterAll(() => harness.stop())

const staff = { type: 'staff' as const, id: 'user_1' }

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('refund intents never exceed what was captured', () => {
  test('a single refund above the captured amount is refused before Stripe is called, and nothing is written', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator, { unitPrice: 5000 })
    const before = harness.emulator.requests().length
    const error = await refusal(db.$transaction((tx) => createRefundIntent(tx, { orderId: order.id, returnId: returnRequest.id, amount: 5001, trigger: 'staff', sourceId: 'a1', actor: staff, now })))
    expect(error.code).toBe('REFUND_EXCEEDS_CAPTURED')
    expect(error.userMessage).toContain('€50.00')
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0)
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundReservedAmount).toBe(0)
    expect(harness.emulator.requests().length).toBe(before)
  })

  test('cumulative refunds stop at the captured amount, also when they race', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator, { unitPrice: 10_000 })
    // 12 concurrent intents of €20 on a €100 payment: exactly five fit.
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        db.$transaction((tx) => createRefundIntent(tx, { orderId: order.id, returnId: returnRequest.id, amount: 2000, trigger: 'staff', sourceId: `part-${i}`, actor: staff, now }), { maxWait: 30_000, timeout: 30_000 }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5)
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r.reason as AppError).code).toBe('REFUND_EXCEEDS_CAPTURED')
    const rows = await db.refund.findMany({ where: { orderId: order.id } })
    expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBe(10_000)
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundReservedAmount).toBe(10_000)
    const sixth = await refusal(db.$transaction((tx) => createRefundIntent(tx, { orderId: order.id, returnId: null, amount: 1, trigger: 'staff', sourceId: 'one-more', actor: staff, now })))
    expect(sixth.details).toMatchObject({ refundable: 0 })
  })

  test('writing the same intent twice returns the first; the same key with another amount is a conflict', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator)
    const input = { orderId: order.id, returnId: returnRequest.id, amount: 1000, trigger: 'staff' as const, sourceId: 'same', actor: staff, now }
    const first = await db.$transaction((tx) => createRefundIntent(tx, input))
    const second = await db.$transaction((tx) => createRefundIntent(tx, input))
    expect(first.created).toBe(true)
    expect(second).toEqual({ refund: first.refund, created: false })
    expect((await refusal(db.$transaction((tx) => createRefundIntent(tx, { ...input, amount: 900 })))).code).toBe('CONFLICT')
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundReservedAmount).toBe(1000)
    expect(await db.returnEvent.count({ where: { returnId: returnRequest.id, type: 'refund_requested' } })).toBe(1)
  })

  test('a disputed payment, an order without a card payment and a bad amount are refused with their own errors', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator)
    const input = { orderId: order.id, returnId: returnRequest.id, amount: 100, trigger: 'staff' as const, sourceId: 'x', actor: staff, now }
    for (const amount of [0, -5, 1.5]) expect((await refusal(db.$transaction((tx) => createRefundIntent(tx, { ...input, amount })))).code).toBe('INVALID_INPUT')
    await db.order.update({ where: { id: order.id }, data: { disputedAt: now } })
    expect((await refusal(db.$transaction((tx) => createRefundIntent(tx, input)))).code).toBe('PAYMENT_DISPUTED')
    await db.order.update({ where: { id: order.id }, data: { disputedAt: null, paymentReference: null } })
    expect((await refusal(db.$transaction((tx) => createRefundIntent(tx, input)))).code).toBe('NO_PAYMENT')
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0)
  })
})

describe('resolving a return pays for what came back', () => {
  test('announced 3, received 2: refunds two units', async () => {
    const { returnRequest } = await paidReturn(db, harness.emulator, { unitPrice: 1500, quantity: 3, receivedQuantity: 2 })
    const outcome = await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }))
    expect(outcome).toMatchObject({ kind: 'refund', amount: 3000, status: 'refund_pending' })
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: returnRequest.id } })
    expect(refund).toMatchObject({ amount: 3000, trigger: 'inspection', idempotencyKey: `inspection:${returnRequest.id}`, status: 'pending' })
  })

  test('what the first scan already refunded is not paid again at inspection', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator, { unitPrice: 4000 })
    await db.$transaction((tx) => createRefundIntent(tx, { orderId: order.id, returnId: returnRequest.id, amount: 4000, trigger: 'first_scan', sourceId: returnRequest.id, actor: { type: 'carrier' }, now }))
    await db.refund.updateMany({ where: { returnId: returnRequest.id }, data: { status: 'succeeded' } })
    const outcome = await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }))
    expect(outcome).toMatchObject({ kind: 'refund', refundId: null, amount: 0, status: 'refunded' })
    expect(await db.refund.count({ where: { returnId: returnRequest.id } })).toBe(1)
  })

  test('store credit: a code, the bonus, a ledger whose sum is the balance; resolving twice is refused', async () => {
    const { returnRequest } = await paidReturn(db, harness.emulator, { unitPrice: 2000, resolution: 'store_credit' })
    await db.returnRequest.update({ where: { id: returnRequest.id }, data: { decision: { totals: { storeCreditBonus: 200 } } } })
    const outcome = await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }))
    expect(outcome).toMatchObject({ kind: 'store_credit', amount: 2200 })
    const credit = await db.storeCredit.findUniqueOrThrow({ where: { returnId: returnRequest.id }, include: { entries: true } })
    expect(credit.code).toMatch(/^SC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/)
    expect(credit.entries.map((e) => [e.kind, e.amount]).sort()).toEqual([['bonus', 200], ['issue', 2000]])
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })).status).toBe('credit_issued')
    expect((await refusal(db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now })))).code).toBe('INVALID_STATE_TRANSITION')
    expect(await db.refund.count({ where: { returnId: returnRequest.id } })).toBe(0)
  })

  test('replacement: one replacement order for the received items, whatever the retries', async () => {
    const { returnRequest } = await paidReturn(db, harness.emulator, { quantity: 2, receivedQuantity: 1, resolution: 'replacement' })
    const first = await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }))
    const again = await db.$transaction((tx) => resolveReturn(tx, { returnId: returnRequest.id, trigger: 'inspection', actor: staff, now }))
    expect(again).toEqual(first)
    const replacements = await db.replacementOrder.findMany({ where: { returnId: returnRequest.id }, include: { lines: true } })
    expect(replacements).toHaveLength(1)
    expect(replacements[0]!.lines.map((l) => l.quantity)).toEqual([1])
  })
})
