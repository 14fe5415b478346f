import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { parseRma } from '@/server/domain/rma'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { createReturn } from './create-return'

const db = connectTestDb()
const now = new Date()

async function orderWithPolicy(options: { deliveredDaysAgo?: number; blocked?: boolean } = {}) {
  const shop = await createShop(db)
  await createPolicy(db, shop.id)
  const order = await createOrder(db, shop, {
    number: 'R-1',
    email: 'shopper@example.com',
    placedAt: new Date(now.getTime() - ((options.deliveredDaysAgo ?? 5) + 3) * 86_400_000),
    deliveredAt: new Date(now.getTime() - (options.deliveredDaysAgo ?? 5) * 86_400_000),
    lines: [
      { title: 'Sweater', unitPrice: 8900 },
      { title: 'Socks', unitPrice: 1200, quantity: 3 },
    ],
  })
  if (options.blocked) await db.customer.update({ where: { id: order.customerId }, data: { blocked: true } })
  return { shop, order }
}

const wholeOrder = (order: { lines: { id: string; quantity: number }[] }) => ({
  resolution: 'refund' as const,
  items: order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity, reason: 'doesnt_fit' as const })),
})

describe('creating a return', () => {
  test('writes the return, its items, the decision and the first timeline events in one go', async () => {
    const { order } = await orderWithPolicy()
    const created = await createReturn(db, { orderId: order.id, request: wholeOrder(order), idempotencyKey: randomUUID(), now })
    expect(created).toMatchObject({ status: 'approved', created: true })
    expect(parseRma(created.rma)).toBe(created.rma)

    const stored = await db.returnRequest.findUniqueOrThrow({ where: { id: created.id }, include: { items: true, events: { orderBy: { id: 'asc' } } } })
    expect(stored.items.map((i) => i.quantity).sort()).toEqual([1, 3])
    expect(stored.refundAmount).toBe(8900 + 3 * 1200)
    expect(stored.approvedAt).toEqual(now)
    expect((stored.decision as { policyVersion: number }).policyVersion).toBe(1)
    expect(stored.events.map((e) => [e.fromStatus, e.toStatus, e.actorType])).toEqual([
      [null, 'requested', 'shopper'],
      ['requested', 'approved', 'system'],
    ])
  })

  test('a retry with the same key — even five at once — creates one return', async () => {
    const { order } = await orderWithPolicy()
    const key = randomUUID()
    const results = await Promise.all(Array.from({ length: 5 }, () => createReturn(db, { orderId: order.id, request: wholeOrder(order), idempotencyKey: key, now })))
    expect(new Set(results.map((r) => r.rma)).size).toBe(1)
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(await db.returnRequest.count({ where: { orderId: order.id } })).toBe(1)
  })

  test('two tabs claiming the same units with different keys: one wins, the other is told nothing is left', async () => {
    const { order } = await orderWithPolicy()
    const results = await Promise.allSettled([
      createReturn(db, { orderId: order.id, request: wholeOrder(order), idempotencyKey: randomUUID(), now }),
      createReturn(db, { orderId: order.id, request: wholeOrder(order), idempotencyKey: randomUUID(), now }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(AppError)
    expect(rejected.reason).toMatchObject({ code: 'NOT_RETURNABLE' })
    const claimed = await db.returnItem.aggregate({ where: { returnRequest: { orderId: order.id } }, _sum: { quantity: true } })
    expect(claimed._sum.quantity).toBe(4)
  })

  test('the rest of a partly returned line can still be returned, but not more', async () => {
    const { order } = await orderWithPolicy()
    const socks = order.lines.find((l) => l.title === 'Socks')!
    const two = { resolution: 'refund' as const, items: [{ lineId: socks.id, quantity: 2, reason: 'doesnt_fit' as const }] }
    await createReturn(db, { orderId: order.id, request: two, idempotencyKey: randomUUID(), now })
    await expect(createReturn(db, { orderId: order.id, request: two, idempotencyKey: randomUUID(), now })).rejects.toMatchObject({ code: 'NOT_RETURNABLE' })
    const one = { ...two, items: [{ ...two.items[0]!, quantity: 1 }] }
    await expect(createReturn(db, { orderId: order.id, request: one, idempotencyKey: randomUUID(), now })).resolves.toMatchObject({ created: true })
  })

  test('a request the policy refuses writes nothing', async () => {
    const { order } = await orderWithPolicy({ deliveredDaysAgo: 45 })
    await expect(createReturn(db, { orderId: order.id, request: wholeOrder(order), idempotencyKey: randomUUID(), now })).rejects.toMatchObject({
      code: 'NOT_RETURNABLE',
      userMessage: 'Some of these items cannot be returned. Please go back and check the items you chose.',
    })
    expect(await db.returnRequest.count({ where: { orderId: order.id } })).toBe(0)
  })

  test('a blocked customer’s request waits for staff review and says so in the timeline', async () => {
    const { order } = await orderWithPolicy({ blocked: true })
    const created = await createReturn(db, { orderId: order.id, request: wholeOrder(order), idempotencyKey: randomUUID(), now })
    expect(created.status).toBe('needs_review')
    const events = await db.returnEvent.findMany({ where: { returnId: created.id }, orderBy: { id: 'asc' } })
    expect(events.at(-1)).toMatchObject({ toStatus: 'needs_review', note: 'Sent to staff review: blocked_customer.' })
  })
})
