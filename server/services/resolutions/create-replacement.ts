import type { Prisma, ReplacementOrder } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { RefundActor } from '@/server/services/refunds/create-refund-intent'

export interface ReplacementInput {
  orderId: string
  returnId: string | null
  lines: readonly { orderLineId: string; quantity: number }[]
  /** What asked for it, e.g. `return:<id>` or `remediation:<orderLineId>`: one replacement per source. */
  sourceKey: string
  actor: RefundActor
  now: Date
}

/**
 * Records a replacement for the supplier to fulfil (status `requested`). Writing it again for the same
 * source returns the first one. Quantities cannot exceed what was ordered.
 */
export async function createReplacementOrder(tx: Prisma.TransactionClient, input: ReplacementInput): Promise<{ replacement: ReplacementOrder; created: boolean }> {
  const existing = await tx.replacementOrder.findUnique({ where: { sourceKey: input.sourceKey } })
  if (existing) return { replacement: existing, created: false }
  if (input.lines.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'A replacement needs at least one item.' })
  const order = await tx.order.findUnique({ where: { id: input.orderId }, select: { shopId: true, lines: { select: { id: true, quantity: true } } } })
  if (!order) throw new AppError('ORDER_NOT_FOUND', { userMessage: 'That order does not exist.' })
  for (const line of input.lines) {
    const ordered = order.lines.find((l) => l.id === line.orderLineId)
    if (!ordered) throw new AppError('INVALID_INPUT', { userMessage: 'A replacement item is not on this order.', details: { orderLineId: line.orderLineId } })
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > ordered.quantity) {
      throw new AppError('INVALID_INPUT', { userMessage: `Replace between 1 and ${ordered.quantity} of that item.`, details: { orderLineId: line.orderLineId } })
    }
  }
  const replacement = await tx.replacementOrder.create({
    data: {
      shopId: order.shopId,
      orderId: input.orderId,
      returnId: input.returnId,
      sourceKey: input.sourceKey,
      createdAt: input.now,
      lines: { create: input.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })) },
    },
  })
  if (input.returnId) {
    await tx.returnEvent.create({
      data: {
        returnId: input.returnId, type: 'replacement_requested', actorType: input.actor.type, actorId: input.actor.id ?? null,
        note: 'Replacement ordered from the supplier.', data: { replacementId: replacement.id }, createdAt: input.now,
      },
    })
  }
  return { replacement, created: true }
}
