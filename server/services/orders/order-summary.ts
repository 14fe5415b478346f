import type { Db } from '@/server/database/prisma-client'
import { money, type Money } from '@/server/domain/money'

export type OrderSummaryLine = { id: string; title: string; variant: string | null; imageUrl: string | null; quantity: number; unitPrice: Money }
export type OrderSummary = {
  id: string
  number: string
  placedAt: Date
  shippedAt: Date | null
  deliveredAt: Date | null
  lines: OrderSummaryLine[]
}

/** What the shopper sees of an order once they have proved it is theirs. */
export async function loadOrderSummary(db: Db, orderId: string): Promise<OrderSummary> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true, number: true, currency: true, placedAt: true, shippedAt: true, deliveredAt: true,
      lines: { orderBy: { position: 'asc' }, select: { id: true, title: true, variant: true, imageUrl: true, quantity: true, unitPrice: true } },
    },
  })
  const { currency, lines, ...rest } = order
  return { ...rest, lines: lines.map(({ unitPrice, ...line }) => ({ ...line, unitPrice: money(unitPrice, currency) })) }
}
