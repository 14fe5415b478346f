import { describe, expect, test } from 'vitest'
import { lookupOrder } from '@/server/services/orders/lookup-order'
import { connectTestDb } from '@/server/testing/test-db'
import { seedDemo } from './seed-demo'

const db = connectTestDb()
const now = new Date('2026-11-27T12:00:00Z')
const options = { minFailureMs: 0 }

async function counts() {
  const [shops, orders, lines, returns, events, users, hubs] = await Promise.all([
    db.shop.count(), db.order.count(), db.orderLine.count(), db.returnRequest.count(), db.returnEvent.count(), db.user.count(), db.hub.count(),
  ])
  return { shops, orders, lines, returns, events, users, hubs }
}

describe('the demo seed', () => {
  test('creates the demo shop once; running it again changes nothing', async () => {
    const first = await seedDemo(db, { now })
    const before = await counts()
    expect(await seedDemo(db, { now: new Date(now.getTime() + 86_400_000) })).toEqual({ created: false })
    expect(await counts()).toEqual(before)
    // Another test file in this worker may have seeded already; either way the shop is there.
    expect(first.created || before.shops >= 2).toBe(true)
  })

  test('has orders 1001–1010 (and the order history 2001–2120) whose totals add up, with dates relative to the seed time', async () => {
    await seedDemo(db, { now })
    const orders = await db.order.findMany({ where: { shop: { slug: 'demo' } }, include: { lines: true }, orderBy: { number: 'asc' } })
    expect(orders.map((o) => o.number).filter((n) => n < '2000')).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009', '1010'])
    expect(orders.filter((o) => o.number >= '2000').map((o) => o.number)).toEqual(Array.from({ length: 120 }, (_, i) => String(2001 + i)))
    for (const order of orders) {
      const subtotal = order.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0)
      expect(order.subtotalAmount, order.number).toBe(subtotal)
      expect(order.discountAmount, order.number).toBe(order.lines.reduce((sum, l) => sum + l.discountAmount, 0))
      const taxAdded = order.currency === 'USD' ? order.taxAmount : 0
      expect(order.totalAmount, order.number).toBe(subtotal - order.discountAmount + order.shippingAmount + taxAdded)
    }
    const byNumber = new Map(orders.map((o) => [o.number, o]))
    expect(byNumber.get('1009')!.deliveredAt).toBeNull()
    expect(byNumber.get('1010')!.discountAmount).toBe(Math.round(byNumber.get('1010')!.subtotalAmount * 0.2))
  })

  test('order 1008 is fully returned and refunded, with its whole timeline', async () => {
    await seedDemo(db, { now })
    const order = await db.order.findFirstOrThrow({
      where: { number: '1008', shop: { slug: 'demo' } },
      include: { lines: true, returns: { include: { items: true, refunds: true, events: { orderBy: { id: 'asc' } } } } },
    })
    const [request] = order.returns
    expect(request?.status).toBe('refunded')
    expect(request?.items.map((i) => i.quantity).sort()).toEqual(order.lines.map((l) => l.quantity).sort())
    expect(request?.refunds.map((r) => [r.status, r.amount])).toEqual([['succeeded', order.capturedAmount]])
    expect(request?.events.map((e) => e.toStatus)).toEqual(['requested', 'approved', 'label_issued', 'in_transit', 'received', 'inspected', 'refund_pending', 'refunded'])
  })

  test("order lookups are per shop: Northwind's order 1001 is not found under the demo shop", async () => {
    await seedDemo(db, { now })
    const jordan = { orderNumber: '1001', email: 'jordan.park@example.com' }
    await expect(lookupOrder(db, { shopSlug: 'northwind', ...jordan }, options)).resolves.toMatchObject({ orderId: expect.any(String) })
    await expect(lookupOrder(db, { shopSlug: 'demo', ...jordan }, options)).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' })
    await expect(lookupOrder(db, { shopSlug: 'demo', orderNumber: '1001', email: 'ana.keller@example.com' }, options)).resolves.toBeDefined()
    await expect(lookupOrder(db, { shopSlug: 'northwind', orderNumber: '1001', email: 'ana.keller@example.com' }, options)).rejects.toMatchObject({
      code: 'ORDER_NOT_FOUND',
    })
  })
})
