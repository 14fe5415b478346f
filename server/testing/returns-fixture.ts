import type { Db } from '@/server/database/prisma-client'
import type { ReturnStatus } from '@/prisma/generated/client'
import { randomBytes } from 'node:crypto'

/**
 * A return written straight to the tables (no policy engine), for tests that need returns in a
 * given state: analytics, supplier claims, remediation. Items are { orderLineId, quantity, ... }.
 */
export async function createReturnFixture(
  db: Db,
  input: {
    shopId: string
    orderId: string
    currency: string
    status: ReturnStatus
    items: { orderLineId: string; quantity: number; reason: string; refundAmount: number; grade?: string | null }[]
    createdAt?: Date
    closedAt?: Date | null
    keepItem?: boolean
    feesAmount?: number
    hubId?: string | null
  },
) {
  const itemsAmount = input.items.reduce((sum, item) => sum + item.refundAmount, 0)
  return db.returnRequest.create({
    data: {
      shopId: input.shopId,
      orderId: input.orderId,
      rma: `R-T${randomBytes(3).toString('hex').toUpperCase()}-${randomBytes(2).toString('hex').toUpperCase()}`,
      status: input.status,
      resolution: 'refund',
      keepItem: input.keepItem ?? false,
      currency: input.currency,
      itemsAmount,
      feesAmount: input.feesAmount ?? 0,
      refundAmount: itemsAmount - (input.feesAmount ?? 0),
      hubId: input.hubId ?? null,
      createdAt: input.createdAt,
      closedAt: input.closedAt ?? null,
      items: { create: input.items.map((item) => ({ orderLineId: item.orderLineId, quantity: item.quantity, reason: item.reason, refundAmount: item.refundAmount, grade: item.grade ?? null })) },
    },
    include: { items: true },
  })
}
