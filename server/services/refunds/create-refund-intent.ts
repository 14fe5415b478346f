import type { Prisma, Refund } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import { formatMoney } from '@/server/domain/money'
import { type RefundTriggerName, refundIdempotencyKey } from '@/server/domain/refunds/refund-state'
import { enqueueJob } from '@/server/jobs/enqueue-job'

export type RefundActor = { type: 'shopper' | 'staff' | 'system' | 'carrier' | 'merchant'; id?: string | null }

export interface RefundIntentInput {
  orderId: string
  returnId: string | null
  /** Minor units of the order's currency. */
  amount: number
  trigger: Exclude<RefundTriggerName, 'external'>
  /** What owed the money (a return, an order line, a staff action's idempotency key). */
  sourceId: string
  actor: RefundActor
  now: Date
}

interface LockedOrder {
  id: string
  currency: string
  payment_reference: string | null
  disputed_at: Date | null
  captured_amount: number
  refund_reserved_amount: number
}

/**
 * Writes what is owed as a refund row and queues the job that pays it, inside the caller's
 * transaction. The order row is locked so intents for one payment are decided one at a time, and
 * the amount is reserved by a conditional UPDATE (plus a CHECK constraint), never by read-then-write:
 * the refunds on a payment can never add up to more than was captured.
 * Writing the same intent again (same trigger and source) returns the first one and pays nothing more.
 */
export async function createRefundIntent(tx: Prisma.TransactionClient, input: RefundIntentInput): Promise<{ refund: Refund; created: boolean }> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    throw new AppError('INVALID_INPUT', { userMessage: 'A refund must be a whole, positive amount in minor units.', details: { amount: input.amount } })
  }
  const idempotencyKey = refundIdempotencyKey(input.trigger, input.sourceId)
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, currency, payment_reference, disputed_at, captured_amount, refund_reserved_amount
    FROM orders WHERE id = ${input.orderId} FOR UPDATE`
  if (!order) throw new AppError('ORDER_NOT_FOUND', { userMessage: 'That order does not exist.' })

  const existing = await tx.refund.findUnique({ where: { idempotencyKey } })
  if (existing) {
    if (existing.orderId !== order.id || existing.amount !== input.amount) {
      throw new AppError('CONFLICT', {
        userMessage: 'This refund was already requested with a different amount.',
        details: { idempotencyKey, amount: existing.amount, requested: input.amount },
      })
    }
    return { refund: existing, created: false }
  }
  if (!order.payment_reference) {
    throw new AppError('NO_PAYMENT', { userMessage: 'This order has no card payment to refund. Issue store credit or refund it by hand.' })
  }
  if (order.disputed_at) {
    throw new AppError('PAYMENT_DISPUTED', { userMessage: 'The payment is disputed: the chargeback already returns the money, so Roundtrip will not refund it.' })
  }
  if (input.returnId) await assertReturnOfOrder(tx, input.returnId, order.id)

  const reserved = await tx.$executeRaw`
    UPDATE orders SET refund_reserved_amount = refund_reserved_amount + ${input.amount}
    WHERE id = ${order.id} AND refund_reserved_amount + ${input.amount} <= captured_amount`
  if (reserved === 0) {
    const refundable = order.captured_amount - order.refund_reserved_amount
    throw new AppError('REFUND_EXCEEDS_CAPTURED', {
      userMessage: `Only ${formatMoney({ amount: refundable, currency: order.currency }, 'en')} of this payment can still be refunded; ${formatMoney({ amount: input.amount, currency: order.currency }, 'en')} was asked for.`,
      details: { requested: input.amount, refundable, captured: order.captured_amount },
    })
  }

  const refund = await tx.refund.create({
    data: {
      orderId: order.id,
      returnId: input.returnId,
      paymentReference: order.payment_reference,
      amount: input.amount,
      currency: order.currency,
      trigger: input.trigger,
      idempotencyKey,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      createdAt: input.now,
    },
  })
  if (input.returnId) {
    await tx.returnEvent.create({
      data: {
        returnId: input.returnId,
        type: 'refund_requested',
        actorType: input.actor.type,
        actorId: input.actor.id ?? null,
        note: `Refund of ${formatMoney({ amount: input.amount, currency: order.currency }, 'en')} requested (${input.trigger.replace('_', ' ')}).`,
        data: { refundId: refund.id, amount: input.amount, currency: order.currency, trigger: input.trigger },
        createdAt: input.now,
      },
    })
  }
  await enqueueJob(tx, 'refunds:execute', { refundId: refund.id }, { jobKey: `refund:${refund.id}` })
  return { refund, created: true }
}

async function assertReturnOfOrder(tx: Prisma.TransactionClient, returnId: string, orderId: string): Promise<void> {
  const found = await tx.returnRequest.findFirst({ where: { id: returnId, orderId }, select: { id: true } })
  if (!found) throw new AppError('RETURN_NOT_FOUND', { userMessage: 'That return does not belong to this order.' })
}
