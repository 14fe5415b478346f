import type Stripe from 'stripe'
import type { Prisma, Refund } from '@/prisma/generated/client'
import { formatMoney } from '@/server/domain/money'
import { type StripeRefundState, nextRefundState } from '@/server/domain/refunds/refund-state'
import { assertTransition } from '@/server/domain/return-lifecycle'

type Tx = Prisma.TransactionClient

/** The slice of a Stripe refund object Roundtrip reads. */
export interface StripeRefundView {
  id: string
  status: string | null
  amount: number
  failure_reason?: string | null
}

export function refundView(remote: Stripe.Refund): StripeRefundView {
  return { id: remote.id, status: remote.status, amount: remote.amount, failure_reason: remote.failure_reason ?? null }
}

/** Locks our refund row so the worker and a webhook cannot apply outcomes at the same time. */
export async function lockRefund(tx: Tx, refundId: string): Promise<Refund | null> {
  await tx.$queryRaw`SELECT id FROM refunds WHERE id = ${refundId} FOR UPDATE`
  return tx.refund.findUnique({ where: { id: refundId } })
}

/**
 * Applies what Stripe says about one of our refunds. Forward-only (see nextRefundState): duplicated
 * or out-of-order reports change nothing. Success may close the return; failure gives the money
 * reservation back and asks staff to look.
 */
export async function applyStripeRefund(tx: Tx, refundId: string, remote: StripeRefundView, now: Date): Promise<Refund | null> {
  const refund = await lockRefund(tx, refundId)
  if (!refund) return null
  const next = nextRefundState(refund.status, toStripeState(remote.status))
  if (!next) {
    if (!refund.stripeRefundId) return tx.refund.update({ where: { id: refund.id }, data: { stripeRefundId: remote.id } })
    return refund
  }
  if (next === 'failed') return failRefund(tx, refund, `Stripe reported the refund as failed (${remote.failure_reason ?? 'no reason given'}).`, now, remote.id)
  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: { status: next, stripeRefundId: remote.id, ...(next === 'succeeded' ? { succeededAt: now } : {}) },
  })
  if (next === 'succeeded' && refund.returnId) {
    await tx.returnEvent.create({
      data: {
        returnId: refund.returnId,
        type: 'refund_succeeded',
        actorType: 'system',
        note: `Refund of ${formatMoney({ amount: refund.amount, currency: refund.currency }, 'en')} paid back to the card.`,
        data: { refundId: refund.id, stripeRefundId: remote.id, amount: refund.amount, currency: refund.currency },
        createdAt: now,
      },
    })
    await settleReturn(tx, refund.returnId, now)
  }
  return updated
}

/**
 * A refund that will not be paid: its reservation is released, and the return (if any) is flagged for
 * staff with the reason, in the same transaction.
 */
export async function failRefund(tx: Tx, refund: Refund, reason: string, now: Date, stripeRefundId?: string, status: 'failed' | 'cancelled' = 'failed'): Promise<Refund> {
  const { count } = await tx.refund.updateMany({
    where: { id: refund.id, status: { in: ['pending', 'processing'] } },
    data: { status, failureReason: reason, ...(stripeRefundId ? { stripeRefundId } : {}) },
  })
  if (count === 0) return refund
  await tx.$executeRaw`UPDATE orders SET refund_reserved_amount = refund_reserved_amount - ${refund.amount} WHERE id = ${refund.orderId}`
  if (refund.returnId) {
    await flagReturn(tx, refund.returnId, reason, now)
    await tx.returnEvent.create({
      data: {
        returnId: refund.returnId,
        type: status === 'failed' ? 'refund_failed' : 'refund_cancelled',
        actorType: 'system',
        note: reason,
        data: { refundId: refund.id, amount: refund.amount, currency: refund.currency },
        createdAt: now,
      },
    })
  }
  return { ...refund, status, failureReason: reason }
}

/** Puts a return in front of staff ("needs review" in the queue) without changing its state. */
export async function flagReturn(tx: Tx, returnId: string, reason: string, now: Date): Promise<void> {
  await tx.returnRequest.update({ where: { id: returnId }, data: { attentionReason: reason, attentionAt: now } })
}

/** refund_pending → refunded once every refund of the return has gone through and none is open. */
export async function settleReturn(tx: Tx, returnId: string, now: Date): Promise<boolean> {
  const request = await tx.returnRequest.findUnique({ where: { id: returnId }, select: { status: true } })
  if (request?.status !== 'refund_pending') return false
  const refunds = await tx.refund.groupBy({ by: ['status'], where: { returnId }, _count: true })
  const count = (status: string) => refunds.find((r) => r.status === status)?._count ?? 0
  if (count('pending') + count('processing') > 0 || count('succeeded') === 0) return false
  assertTransition('refund_pending', 'refunded')
  const { count: moved } = await tx.returnRequest.updateMany({ where: { id: returnId, status: 'refund_pending' }, data: { status: 'refunded', closedAt: now } })
  if (moved === 0) return false
  await tx.returnEvent.create({
    data: { returnId, type: 'status_changed', fromStatus: 'refund_pending', toStatus: 'refunded', actorType: 'system', note: 'Refunded in full.', createdAt: now },
  })
  return true
}

function toStripeState(status: string | null): StripeRefundState {
  return status === 'succeeded' || status === 'failed' || status === 'canceled' || status === 'requires_action' ? status : 'pending'
}
