import type { Db } from '@/server/database/prisma-client'
import { createOrder, createShop } from './factories'

export const BATCH_RANGE = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') }

/**
 * A shop that sold a bad batch of boards (SKU BOARD) in October: orders B-1…B-4 with a board each
 * (B-2 two of them, at 10% off), B-3's board already returned; B-5 from September and a mug-only
 * order are outside the batch.
 */
export async function badBatchShop(db: Db) {
  const shop = await createShop(db)
  const made: Awaited<ReturnType<typeof createOrder>>[] = []
  const order = async (number: string, placedAt: string, lines: { title: string; unitPrice: number; quantity?: number }[], skus: string[]) => {
    const created = await createOrder(db, shop, { number, email: `${number.toLowerCase()}@example.com`, placedAt: new Date(placedAt), lines })
    for (const [index, line] of created.lines.entries()) await db.orderLine.update({ where: { id: line.id }, data: { sku: skus[index]! } })
    made.push(created)
    return created
  }
  await order('B-1', '2026-10-02T10:00:00Z', [{ title: 'Board', unitPrice: 3900 }, { title: 'Mug', unitPrice: 1600 }], ['BOARD', 'MUG'])
  const b2 = await order('B-2', '2026-10-09T10:00:00Z', [{ title: 'Board', unitPrice: 3900, quantity: 2 }], ['BOARD'])
  await db.orderLine.update({ where: { id: b2.lines[0]!.id }, data: { discountAmount: 780 } })
  const b3 = await order('B-3', '2026-10-20T10:00:00Z', [{ title: 'Board', unitPrice: 3900 }], ['BOARD'])
  await order('B-4', '2026-10-31T23:00:00Z', [{ title: 'Board', unitPrice: 3900 }], ['BOARD'])
  await order('B-5', '2026-09-20T10:00:00Z', [{ title: 'Board', unitPrice: 3900 }], ['BOARD'])
  await order('M-1', '2026-10-05T10:00:00Z', [{ title: 'Mug', unitPrice: 1600 }], ['MUG'])
  await db.returnRequest.create({
    data: {
      shopId: shop.id, orderId: b3.id, rma: `R-B3-${b3.id.slice(-6)}`, status: 'received', resolution: 'refund', currency: 'EUR', itemsAmount: 3900, refundAmount: 3900,
      items: { create: [{ orderLineId: b3.lines[0]!.id, quantity: 1, reason: 'defective', refundAmount: 3900 }] },
    },
  })
  return { shop, orders: made }
}
