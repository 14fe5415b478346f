import type { DbClient } from '@/server/database/prisma-client'
import type { DateRange } from '@/server/domain/analytics'
import { remediationFor } from '@/server/domain/remediation/remediation-line'

export type AffectedLine = {
  orderLineId: string
  orderId: string
  orderNumber: string
  customerName: string
  email: string
  placedAt: Date
  title: string
  variant: string | null
  currency: string
  orderedQuantity: number
  returnedQuantity: number
  /** Units and amount a remediation would cover now (0 when the line came back in full). */
  quantity: number
  amount: number
  remediation: { runId: string; status: 'pending' | 'done' | 'failed'; error: string | null } | null
}

type Row = Omit<AffectedLine, 'quantity' | 'amount' | 'remediation' | 'returnedQuantity'> & {
  unitPrice: number; discountAmount: number; taxAmount: number; pricesIncludeTax: boolean; returnedQuantity: bigint
  runId: string | null; remediationStatus: 'pending' | 'done' | 'failed' | null; remediationError: string | null
}

/** Every order line of the SKU in the shop's orders placed in the range, with what remediating it would mean. */
export async function findAffectedLines(db: DbClient, input: { shopId: string; sku: string; range: DateRange }): Promise<AffectedLine[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT ol.id AS "orderLineId", o.id AS "orderId", o.number AS "orderNumber", o.customer_name AS "customerName", o.email, o.placed_at AS "placedAt",
           ol.title, ol.variant, o.currency, ol.quantity AS "orderedQuantity", ol.unit_price AS "unitPrice", ol.discount_amount AS "discountAmount",
           ol.tax_amount AS "taxAmount", o.prices_include_tax AS "pricesIncludeTax",
           COALESCE((SELECT SUM(ri.quantity) FROM return_items ri JOIN return_requests r ON r.id = ri.return_id
                     WHERE ri.order_line_id = ol.id AND r.status NOT IN ('rejected', 'cancelled', 'expired')), 0) AS "returnedQuantity",
           mi.run_id AS "runId", mi.status::text AS "remediationStatus", mi.error AS "remediationError"
    FROM order_lines ol
    JOIN orders o ON o.id = ol.order_id
    LEFT JOIN remediation_items mi ON mi.order_line_id = ol.id
    WHERE o.shop_id = ${input.shopId} AND ol.sku = ${input.sku} AND o.placed_at >= ${input.range.from} AND o.placed_at < ${input.range.to}
    ORDER BY o.placed_at, o.number, ol.position`
  return rows.map((row) => {
    const returnedQuantity = Number(row.returnedQuantity)
    const { quantity, amount } = remediationFor({
      unitPrice: row.unitPrice, quantity: row.orderedQuantity, discountAmount: row.discountAmount, taxAmount: row.taxAmount, pricesIncludeTax: row.pricesIncludeTax, returnedQuantity,
    })
    return {
      orderLineId: row.orderLineId, orderId: row.orderId, orderNumber: row.orderNumber, customerName: row.customerName, email: row.email, placedAt: row.placedAt,
      title: row.title, variant: row.variant, currency: row.currency, orderedQuantity: row.orderedQuantity, returnedQuantity, quantity, amount,
      remediation: row.runId && row.remediationStatus ? { runId: row.runId, status: row.remediationStatus, error: row.remediationError } : null,
    }
  })
}

/** SKUs sold in the last year, to pick the bad batch from (a shop has no catalogue table). */
export async function recentSkus(db: DbClient, input: { shopId: string; now: Date }): Promise<{ sku: string; title: string }[]> {
  return db.$queryRaw<{ sku: string; title: string }[]>`
    SELECT ol.sku, MIN(ol.title) AS title
    FROM orders o JOIN order_lines ol ON ol.order_id = o.id
    WHERE o.shop_id = ${input.shopId} AND o.placed_at >= ${new Date(input.now.getTime() - 365 * 86_400_000)}
    GROUP BY ol.sku ORDER BY ol.sku LIMIT 500`
}
