import { describe, expect, test } from 'vitest'
import type { Db } from '@/server/database/prisma-client'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { loadEngineInput, RELEASED_RETURN_STATUSES } from './load-engine-input'

const db = connectTestDb()
let sequence = 0

/** The same facts read the slow, obvious way through Prisma relations: the oracle for the SQL. */
async function viaRelations(orderId: string) {
  const row = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      shopId: true, customerId: true,
      customer: { select: { blocked: true } },
      lines: {
        orderBy: { position: 'asc' },
        select: { id: true, supplier: { select: { code: true } }, returnItems: { where: { returnRequest: { status: { notIn: [...RELEASED_RETURN_STATUSES] } } }, select: { quantity: true } } },
      },
    },
  })
  const past = await db.returnRequest.findMany({
    where: { shopId: row.shopId, order: { customerId: row.customerId }, status: { notIn: [...RELEASED_RETURN_STATUSES] } },
    select: { createdAt: true, keepItem: true, items: { select: { orderLine: { select: { sku: true } } } } },
  })
  return {
    blocked: row.customer.blocked,
    lines: row.lines.map((l) => ({ id: l.id, supplierCode: l.supplier?.code ?? null, returnedQuantity: l.returnItems.reduce((s, i) => s + i.quantity, 0) })),
    pastReturns: past.map((r) => r.createdAt.getTime()).sort(),
    pastKeepIts: past.filter((r) => r.keepItem).map((r) => r.createdAt.getTime()).sort(),
    returnedSkus: [...new Set(past.flatMap((r) => r.items.map((i) => i.orderLine.sku)))].sort(),
  }
}

async function returnOf(database: Db, order: { id: string; shopId: string; currency: string }, status: string, items: { lineId: string; quantity: number }[], options: { keepItem?: boolean; createdAt?: Date } = {}) {
  return database.returnRequest.create({
    data: {
      shopId: order.shopId, orderId: order.id, rma: `RT-ENG-${Date.now()}-${++sequence}`, status: status as never, resolution: 'refund', currency: order.currency,
      itemsAmount: 100, refundAmount: 100, keepItem: options.keepItem ?? false, createdAt: options.createdAt,
      items: { create: items.map((i) => ({ orderLineId: i.lineId, quantity: i.quantity, reason: 'doesnt_fit', refundAmount: 100 })) },
    },
  })
}

describe('loadEngineInput reads in one query what the relations say', () => {
  test('units held by open returns, released ones, supplier codes, and the customer\'s history across orders', async () => {
    const shop = await createShop(db)
    const supplier = await db.supplier.create({ data: { shopId: shop.id, code: 'SUP-CN', name: 'Factory', country: 'CN' } })
    const order = await createOrder(db, shop, { number: 'E-1', email: 'eng@example.com', lines: [{ title: 'Sweater', unitPrice: 8900, quantity: 3 }, { title: 'Tote', unitPrice: 1900 }, { title: 'Mug', unitPrice: 900, quantity: 2 }] })
    const [sweater, tote, mug] = order.lines as [(typeof order.lines)[0], (typeof order.lines)[0], (typeof order.lines)[0]]
    await db.orderLine.update({ where: { id: tote.id }, data: { supplierId: supplier.id } })
    const earlier = await createOrder(db, shop, { number: 'E-0', email: 'eng@example.com', lines: [{ title: 'Cap', unitPrice: 1500 }] })
    const stranger = await createOrder(db, shop, { number: 'E-9', email: 'someone@example.com', lines: [{ title: 'Scarf', unitPrice: 2500 }] })

    await returnOf(db, order, 'requested', [{ lineId: sweater.id, quantity: 1 }, { lineId: tote.id, quantity: 1 }])
    await returnOf(db, order, 'refunded', [{ lineId: sweater.id, quantity: 1 }], { keepItem: true, createdAt: new Date('2026-01-02T03:04:05.678Z') })
    for (const status of RELEASED_RETURN_STATUSES) await returnOf(db, order, status, [{ lineId: mug.id, quantity: 2 }])
    await returnOf(db, earlier, 'received', [{ lineId: earlier.lines[0]!.id, quantity: 1 }])
    await returnOf(db, stranger, 'requested', [{ lineId: stranger.lines[0]!.id, quantity: 1 }])

    const { shopId, order: input, customer } = await loadEngineInput(db, order.id)
    const oracle = await viaRelations(order.id)
    expect(shopId).toBe(shop.id)
    expect(input.lines.map((l) => ({ id: l.id, supplierCode: l.supplierCode, returnedQuantity: l.returnedQuantity }))).toEqual(oracle.lines)
    expect(input.lines.map((l) => l.returnedQuantity)).toEqual([2, 1, 0])
    expect(input.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([['SKU-1', 3, { amount: 8900, currency: shop.currency }], ['SKU-2', 1, { amount: 1900, currency: shop.currency }], ['SKU-3', 2, { amount: 900, currency: shop.currency }]])
    expect(customer.blocked).toBe(oracle.blocked)
    expect(customer.pastReturns.map((d) => new Date(d).getTime()).sort()).toEqual(oracle.pastReturns)
    expect(customer.pastReturns).toHaveLength(3)
    expect(customer.pastKeepIts).toEqual([new Date('2026-01-02T03:04:05.678Z')])
    expect([...customer.returnedSkus].sort()).toEqual(oracle.returnedSkus)
    expect(input).toMatchObject({ id: order.id, number: 'E-1', currency: shop.currency, buyer: 'consumer', shipCountry: 'DE', pricesIncludeTax: false, shippingAmount: { amount: 0, currency: shop.currency } })
    expect(input.placedAt).toEqual(order.placedAt)
    expect(input.deliveredAt).toEqual(order.deliveredAt)
    expect(input.shippedAt).toBeNull()
    // Inside a transaction (as when a return is created) the statement goes through Prisma: same answer.
    expect(await db.$transaction((tx) => loadEngineInput(tx, order.id))).toEqual({ shopId, order: input, customer })
  })

  test('an order with no returns and a blocked customer', async () => {
    const shop = await createShop(db)
    const order = await createOrder(db, shop, { number: 'E-2', email: 'blocked@example.com', lines: [{ title: 'Lamp', unitPrice: 4500 }] })
    await db.customer.update({ where: { id: order.customerId }, data: { blocked: true } })
    const { customer, order: input } = await loadEngineInput(db, order.id)
    expect(customer).toEqual({ blocked: true, pastReturns: [], pastKeepIts: [], returnedSkus: [] })
    expect(input.lines.map((l) => [l.returnedQuantity, l.supplierCode, l.finalSale])).toEqual([[0, null, false]])
  })

  test('an order that no longer exists is a clear not-found, not a crash', async () => {
    await expect(loadEngineInput(db, 'no-such-order')).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' })
  })
})
