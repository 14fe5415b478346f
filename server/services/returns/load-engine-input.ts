import { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { DbClient } from '@/server/database/prisma-client'
import { sql } from '@/server/database/sql'
import { money } from '@/server/domain/money'
import { ORDER_GONE_MESSAGE } from '@/server/services/orders/order-summary'
import type { CustomerHistory, OrderInput } from '@/server/domain/policy'

/** Returns in these states no longer hold on to their units: those units can be returned again. */
export const RELEASED_RETURN_STATUSES = ['cancelled', 'rejected', 'expired'] as const

type EngineInputRow = {
  id: string
  shop_id: string
  number: string
  currency: string
  buyer_type: OrderInput['buyer']
  ship_country: string
  placed_at: Date
  shipped_at: Date | null
  delivered_at: Date | null
  prices_include_tax: boolean
  shipping_amount: number
  customer_id: string
  blocked: boolean
  lines: {
    id: string; sku: string; category: string | null; unitPrice: number; quantity: number; taxAmount: number; discountAmount: number
    finalSale: boolean; supplierCode: string | null; returnedQuantity: number
  }[]
  past_returns: { createdAt: string; keepItem: boolean; skus: string[] }[]
}

const RELEASED = Prisma.sql`(${Prisma.join(RELEASED_RETURN_STATUSES.map((status) => Prisma.sql`${status}::"ReturnStatus"`))})`

/**
 * The order and customer history as the policy engine reads them, in one round trip: every shopper
 * request that shows a decision (preview, options, create) starts here, so it is one SQL statement
 * (see sql()) rather than the nested Prisma read it replaces, which took nine. Run it
 * inside the transaction that creates a return, so two requests cannot both claim the same units.
 */
export async function loadEngineInput(db: DbClient, orderId: string): Promise<{ shopId: string; order: OrderInput; customer: CustomerHistory }> {
  const [row] = await sql<EngineInputRow>(db, Prisma.sql`
    SELECT o.id, o.shop_id, o.number, o.currency, o.buyer_type::text AS buyer_type, o.ship_country, o.placed_at, o.shipped_at,
           o.delivered_at, o.prices_include_tax, o.shipping_amount, c.id AS customer_id, c.blocked,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', l.id, 'sku', l.sku, 'category', l.category, 'unitPrice', l.unit_price, 'quantity', l.quantity,
                      'taxAmount', l.tax_amount, 'discountAmount', l.discount_amount, 'finalSale', l.final_sale, 'supplierCode', s.code,
                      'returnedQuantity', (SELECT COALESCE(sum(ri.quantity), 0) FROM return_items ri JOIN return_requests rr ON rr.id = ri.return_id
                                           WHERE ri.order_line_id = l.id AND rr.status NOT IN ${RELEASED}))
                    ORDER BY l.position)
             FROM order_lines l LEFT JOIN suppliers s ON s.id = l.supplier_id WHERE l.order_id = o.id), '[]') AS lines,
           COALESCE((
             SELECT json_agg(json_build_object('createdAt', rr.created_at, 'keepItem', rr.keep_item, 'skus', (
                      SELECT COALESCE(array_agg(DISTINCT l.sku), '{}') FROM return_items ri JOIN order_lines l ON l.id = ri.order_line_id WHERE ri.return_id = rr.id)))
             FROM return_requests rr JOIN orders co ON co.id = rr.order_id
             WHERE rr.shop_id = o.shop_id AND co.customer_id = o.customer_id AND rr.status NOT IN ${RELEASED}), '[]') AS past_returns
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.id = ${orderId}`)
  // Only a session can name an order here, so a missing one was deleted after the shopper proved it.
  if (!row) throw new AppError('ORDER_NOT_FOUND', { userMessage: ORDER_GONE_MESSAGE, details: { orderId } })

  const { currency } = row
  const order: OrderInput = {
    id: row.id,
    number: row.number,
    currency,
    buyer: row.buyer_type,
    shipCountry: row.ship_country,
    placedAt: row.placed_at,
    shippedAt: row.shipped_at,
    deliveredAt: row.delivered_at,
    pricesIncludeTax: row.prices_include_tax,
    shippingAmount: money(row.shipping_amount, currency),
    lines: row.lines.map((line) => ({
      id: line.id,
      sku: line.sku,
      category: line.category,
      // Supplier terms in the policy are keyed by code, which is stable across installs.
      supplierCode: line.supplierCode,
      unitPrice: money(line.unitPrice, currency),
      quantity: line.quantity,
      taxAmount: money(line.taxAmount, currency),
      discountAmount: money(line.discountAmount, currency),
      finalSale: line.finalSale,
      returnedQuantity: line.returnedQuantity,
    })),
  }
  const pastReturns = row.past_returns.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }))
  const customer: CustomerHistory = {
    blocked: row.blocked,
    pastReturns: pastReturns.map((r) => r.createdAt),
    pastKeepIts: pastReturns.filter((r) => r.keepItem).map((r) => r.createdAt),
    returnedSkus: [...new Set(pastReturns.flatMap((r) => r.skus))],
  }
  return { shopId: row.shop_id, order, customer }
}
