import { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { DbClient } from '@/server/database/prisma-client'
import { sql } from '@/server/database/sql'
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

/** A session outlived its order (deleted after the shopper proved it). */
export const ORDER_GONE_MESSAGE = "We couldn't find this order any more."

export type OrderSummaryRow = Omit<OrderSummary, 'lines'> & { currency: string; lines: (Omit<OrderSummaryLine, 'unitPrice'> & { unitPrice: number })[] }

/** The summary as columns of `orders o` (the order and its lines as JSON), for any statement that reads the order. */
export const ORDER_SUMMARY_COLUMNS = Prisma.sql`
  o.id, o.number, o.currency, o.placed_at AS "placedAt", o.shipped_at AS "shippedAt", o.delivered_at AS "deliveredAt",
  COALESCE((SELECT json_agg(json_build_object('id', l.id, 'title', l.title, 'variant', l.variant, 'imageUrl', l.image_url,
                                              'quantity', l.quantity, 'unitPrice', l.unit_price) ORDER BY l.position)
            FROM order_lines l WHERE l.order_id = o.id), '[]') AS lines`

export function toOrderSummary({ id, number, currency, placedAt, shippedAt, deliveredAt, lines }: OrderSummaryRow): OrderSummary {
  return { id, number, placedAt, shippedAt, deliveredAt, lines: lines.map(({ unitPrice, ...line }) => ({ ...line, unitPrice: money(unitPrice, currency) })) }
}

/** What the shopper sees of an order once they have proved it is theirs (see sql() for why it is SQL). */
export async function loadOrderSummary(db: DbClient, orderId: string): Promise<OrderSummary> {
  const [row] = await sql<OrderSummaryRow>(db, Prisma.sql`SELECT ${ORDER_SUMMARY_COLUMNS} FROM orders o WHERE o.id = ${orderId}`)
  if (!row) throw new AppError('ORDER_NOT_FOUND', { userMessage: ORDER_GONE_MESSAGE, details: { orderId } })
  return toOrderSummary(row)
}
