import type { DbClient } from '@/server/database/prisma-client'
import { money } from '@/server/domain/money'
import type { CustomerHistory, OrderInput } from '@/server/domain/policy'

/** Returns in these states no longer hold on to their units: those units can be returned again. */
export const RELEASED_RETURN_STATUSES = ['cancelled', 'rejected', 'expired'] as const

/**
 * The order and customer history as the policy engine reads them. Run it inside the transaction
 * that creates a return, so two requests cannot both claim the same units.
 */
export async function loadEngineInput(db: DbClient, orderId: string): Promise<{ shopId: string; order: OrderInput; customer: CustomerHistory }> {
  const row = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true, shopId: true, number: true, currency: true, buyerType: true, shipCountry: true, placedAt: true, shippedAt: true,
      deliveredAt: true, pricesIncludeTax: true, shippingAmount: true,
      customer: { select: { id: true, blocked: true } },
      lines: {
        orderBy: { position: 'asc' },
        select: {
          id: true, sku: true, category: true, unitPrice: true, quantity: true, taxAmount: true, discountAmount: true, finalSale: true,
          supplier: { select: { code: true } },
          returnItems: { where: { returnRequest: { status: { notIn: [...RELEASED_RETURN_STATUSES] } } }, select: { quantity: true } },
        },
      },
    },
  })
  const pastReturns = await db.returnRequest.findMany({
    where: { shopId: row.shopId, order: { customerId: row.customer.id }, status: { notIn: [...RELEASED_RETURN_STATUSES] } },
    select: { createdAt: true, keepItem: true, items: { select: { orderLine: { select: { sku: true } } } } },
  })

  const { currency } = row
  const order: OrderInput = {
    id: row.id,
    number: row.number,
    currency,
    buyer: row.buyerType,
    shipCountry: row.shipCountry,
    placedAt: row.placedAt,
    shippedAt: row.shippedAt,
    deliveredAt: row.deliveredAt,
    pricesIncludeTax: row.pricesIncludeTax,
    shippingAmount: money(row.shippingAmount, currency),
    lines: row.lines.map((line) => ({
      id: line.id,
      sku: line.sku,
      category: line.category,
      // Supplier terms in the policy are keyed by code, which is stable across installs.
      supplierCode: line.supplier?.code ?? null,
      unitPrice: money(line.unitPrice, currency),
      quantity: line.quantity,
      taxAmount: money(line.taxAmount, currency),
      discountAmount: money(line.discountAmount, currency),
      finalSale: line.finalSale,
      returnedQuantity: line.returnItems.reduce((sum, item) => sum + item.quantity, 0),
    })),
  }
  const customer: CustomerHistory = {
    blocked: row.customer.blocked,
    pastReturns: pastReturns.map((r) => r.createdAt),
    pastKeepIts: pastReturns.filter((r) => r.keepItem).map((r) => r.createdAt),
    returnedSkus: [...new Set(pastReturns.flatMap((r) => r.items.map((i) => i.orderLine.sku)))],
  }
  return { shopId: row.shopId, order, customer }
}
