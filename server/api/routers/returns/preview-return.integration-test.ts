import { beforeAll, describe, expect, test } from 'vitest'
import { seedDemo } from '@/prisma/seed/seed-demo'
import type { ReturnReason } from '@/server/domain/policy'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

const db = connectTestDb()
const now = new Date()

const EMAILS: Record<string, string> = {
  '1001': 'ana.keller@example.com', '1002': 'sam.lee@example.com', '1003': 'sam.lee@example.com', '1004': 'li.wei@example.com',
  '1005': 'ana.keller@example.com', '1006': 'camille.roux@example.com', '1007': 'oliver.smith@example.com', '1008': 'li.wei@example.com',
  '1009': 'sam.lee@example.com', '1010': 'camille.roux@example.com',
}

/** Looks the demo order up as its shopper would, then asks what returning every unit of it would mean. */
async function previewWholeOrder(number: string, reason: ReturnReason, resolution: 'refund' | 'store_credit' = 'refund') {
  const lookup = callerFor(db, { now })
  const order = await lookup.caller.orders.lookup({ shopSlug: 'demo', orderNumber: number, email: EMAILS[number]! })
  const { caller } = callerFor(db, { cookie: cookieFrom(lookup.resHeaders), now })
  const items = order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity, reason, photoCount: 1 }))
  return { order, ...(await caller.returns.preview({ shopSlug: 'demo', resolution, items })) }
}

beforeAll(async () => {
  await seedDemo(db, { now })
})

describe('the demo orders, judged through the database by the seeded demo policy', () => {
  test('1001 (Berlin, 6 days): both items can go back for a change of mind, refund due within 14 days', async () => {
    const { decision, messages, order } = await previewWholeOrder('1001', 'doesnt_fit')
    expect(decision.lines.map((l) => l.eligible)).toEqual([true, true])
    expect(decision.statutoryRights).toBe(true)
    expect(decision.refundDueBy).not.toBeNull()
    expect(decision.totals.refundAmount).toBeLessThan(10800)
    expect(decision.totals.refundAmount).toBeGreaterThan(0)
    expect(messages.lines[order.lines[0]!.id]).toMatch(/\w/)
  })

  test('1003 (45 days ago): change of mind is closed, a fault is still accepted', async () => {
    const changeOfMind = await previewWholeOrder('1003', 'doesnt_fit')
    expect(changeOfMind.decision.lines.map((l) => l.code)).toEqual(['window_closed', 'window_closed'])
    expect(changeOfMind.decision.outcome).toBe('reject')
    const fault = await previewWholeOrder('1003', 'defective')
    expect(fault.decision.lines.every((l) => l.eligible && l.labelPaidBy !== 'shopper')).toBe(true)
  })

  test('1004 ($9.90 socks): the shopper keeps them and is refunded at once', async () => {
    const { decision } = await previewWholeOrder('1004', 'doesnt_fit')
    expect(decision.keepIt).toBe(true)
    expect(decision.refundTiming).toBe('immediate')
    expect(decision.lines[0]!.handling).toBe('keep')
  })

  test('1005 (final sale, 20 days): the scarf is refused as final sale, the mugs can go back', async () => {
    const { decision } = await previewWholeOrder('1005', 'doesnt_fit')
    expect(decision.lines.map((l) => l.code)).toEqual(['final_sale', 'eligible'])
  })

  test('1008 (already returned and refunded): nothing is left to return', async () => {
    const { decision } = await previewWholeOrder('1008', 'doesnt_fit')
    expect(decision.lines.map((l) => l.code)).toEqual(['already_returned', 'already_returned'])
    expect(decision.outcome).toBe('reject')
  })

  test('1009 (not delivered yet): cannot be returned yet', async () => {
    const { decision } = await previewWholeOrder('1009', 'doesnt_fit')
    expect(decision.lines.every((l) => l.code === 'not_delivered')).toBe(true)
  })

  test('1010 (20% order discount): refunds what was paid, never the list price', async () => {
    const { decision, order } = await previewWholeOrder('1010', 'defective')
    const listPrice = order.lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity, 0)
    expect(decision.totals.discountAmount).toBe(3060)
    expect(decision.totals.refundAmount).toBeLessThanOrEqual(12239)
    expect(decision.totals.refundAmount).toBeLessThan(listPrice)
  })

  test('1007 (London): judged in pounds under UK rules', async () => {
    const { decision } = await previewWholeOrder('1007', 'doesnt_fit')
    expect(decision.totals.currency).toBe('GBP')
    expect(decision.regionId).toBe('uk')
    expect(decision.statutoryRights).toBe(true)
  })
})

describe('returns.preview access', () => {
  test('is denied without a shopper session', async () => {
    await expect(
      callerFor(db).caller.returns.preview({ shopSlug: 'demo', resolution: 'refund', items: [{ lineId: 'x', quantity: 1, reason: 'doesnt_fit' }] }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })

  test("cannot ask about another order's line", async () => {
    const other = await db.orderLine.findFirstOrThrow({ where: { order: { number: '1002', shop: { slug: 'demo' } } } })
    const lookup = callerFor(db)
    await lookup.caller.orders.lookup({ shopSlug: 'demo', orderNumber: '1001', email: EMAILS['1001']! })
    const { caller } = callerFor(db, { cookie: cookieFrom(lookup.resHeaders) })
    await expect(caller.returns.preview({ shopSlug: 'demo', resolution: 'refund', items: [{ lineId: other.id, quantity: 1, reason: 'doesnt_fit' }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })

  test('rejects malformed requests with a clear message', async () => {
    const lookup = callerFor(db)
    const order = await lookup.caller.orders.lookup({ shopSlug: 'demo', orderNumber: '1001', email: EMAILS['1001']! })
    const { caller } = callerFor(db, { cookie: cookieFrom(lookup.resHeaders) })
    const line = order.lines[0]!.id
    await expect(caller.returns.preview({ shopSlug: 'demo', resolution: 'refund', items: [] })).rejects.toThrow(/Choose at least one item/)
    await expect(
      caller.returns.preview({ shopSlug: 'demo', resolution: 'refund', items: [{ lineId: line, quantity: 1, reason: 'doesnt_fit' }, { lineId: line, quantity: 1, reason: 'defective' }] }),
    ).rejects.toThrow(/only once/)
    await expect(caller.returns.preview({ shopSlug: 'demo', resolution: 'refund', items: [{ lineId: line, quantity: 5, reason: 'doesnt_fit' }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })
})
