import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type StripeHarness, paidReturn, startStripeHarness } from '@/server/testing/stripe-harness'
import { connectTestDb } from '@/server/testing/test-db'
import { advanceReplacement } from './advance-replacement'
import { createReplacementOrder } from './create-replacement'
import { issueStoreCredit } from './issue-store-credit'
import { redeemStoreCredit, storeCreditBalance } from './store-credit-balance'

const db = connectTestDb()
const now = new Date('2026-11-27T12:00:00Z')
let harness: StripeHarness
beforeAll(async () => {
  harness = await startStripeHarness()
})
afterAll(() => harness.stop())

describe('store credit', () => {
  test('redemptions spend the balance once per reference, never below zero, and not after expiry', async () => {
    const { shop, returnRequest } = await paidReturn(db, harness.emulator, { resolution: 'store_credit' })
    const { credit } = await db.$transaction((tx) => issueStoreCredit(tx, { returnId: returnRequest.id, amount: 3000, bonusAmount: 300, now }))
    expect((await db.$transaction((tx) => issueStoreCredit(tx, { returnId: returnRequest.id, amount: 3000, bonusAmount: 300, now }))).created).toBe(false)
    expect(await storeCreditBalance(db, shop.id, credit.code.toLowerCase(), now)).toMatchObject({ balance: 3300, expired: false })

    const spend = { shopId: shop.id, code: credit.code, amount: 2000, reference: 'checkout-1', now }
    expect(await redeemStoreCredit(db, spend)).toMatchObject({ balance: 1300, replayed: false })
    expect(await redeemStoreCredit(db, spend)).toMatchObject({ balance: 1300, replayed: true })
    await expect(redeemStoreCredit(db, { ...spend, amount: 500 })).rejects.toMatchObject({ code: 'CONFLICT' })
    // Two checkouts racing for more than is left: one wins.
    const race = await Promise.allSettled([1, 2].map((n) => redeemStoreCredit(db, { ...spend, amount: 1000, reference: `race-${n}` })))
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((await storeCreditBalance(db, shop.id, credit.code, now)).balance).toBe(300)
    await expect(redeemStoreCredit(db, { ...spend, amount: 301, reference: 'too-much' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })

    const later = new Date(credit.expiresAt!.getTime() + 1)
    expect(await storeCreditBalance(db, shop.id, credit.code, later)).toMatchObject({ balance: 0, expired: true })
    await expect(redeemStoreCredit(db, { ...spend, amount: 100, reference: 'late', now: later })).rejects.toMatchObject({ userMessage: 'This store credit has expired.' })
    await expect(storeCreditBalance(db, shop.id, 'SC-NOPE', now)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('replacement orders', () => {
  test('move forward only; shipping one closes its return as replacement sent', async () => {
    const { order, returnRequest } = await paidReturn(db, harness.emulator, { resolution: 'replacement', quantity: 2 })
    const actor = { type: 'staff' as const, id: 'u1' }
    await expect(db.$transaction((tx) => createReplacementOrder(tx, { orderId: order.id, returnId: returnRequest.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 3 }], sourceKey: 'bad', actor, now }))).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const { replacement } = await db.$transaction((tx) => createReplacementOrder(tx, { orderId: order.id, returnId: returnRequest.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 2 }], sourceKey: `return:${returnRequest.id}`, actor, now }))
    await expect(advanceReplacement(db, { replacementId: replacement.id, to: 'shipped', actor, now })).rejects.toMatchObject({ userMessage: 'Add the tracking number of the shipped replacement.' })
    await expect(advanceReplacement(db, { replacementId: replacement.id, to: 'delivered', actor, now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
    await advanceReplacement(db, { replacementId: replacement.id, to: 'sent_to_supplier', actor, now })
    await advanceReplacement(db, { replacementId: replacement.id, to: 'shipped', trackingNumber: ' 1Z999 ', carrier: 'UPS', actor, now })
    expect(await db.replacementOrder.findUniqueOrThrow({ where: { id: replacement.id } })).toMatchObject({ status: 'shipped', trackingNumber: '1Z999', carrier: 'UPS' })
    expect(await db.returnRequest.findUniqueOrThrow({ where: { id: returnRequest.id } })).toMatchObject({ status: 'replacement_sent' })
    await expect(advanceReplacement(db, { replacementId: replacement.id, to: 'cancelled', actor, now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
  })
})
