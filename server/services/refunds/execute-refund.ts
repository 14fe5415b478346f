import type Stripe from 'stripe'
import type { Refund } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { classifyStripeError, type StripeErrorShape } from '@/server/integrations/payments/classify-stripe-error'
import { applyStripeRefund, failRefund, flagReturn, refundView } from './refund-outcome'

export interface ExecuteRefundDeps {
  stripe: Stripe
  now?: () => Date
  /** In-process attempts per run for transient errors before the job queue's own backoff takes over. */
  attempts?: number
  backoffMs?: number
}

export type ExecuteOutcome = Refund['status'] | 'missing'

/** A Stripe call that failed in a way worth retrying later: the job fails and graphile-worker retries it. */
export class TransientRefundError extends Error {
  override readonly name = 'TransientRefundError'
}

/**
 * Pays one refund intent through Stripe. Safe to run any number of times, concurrently, or after a
 * crash at any point: Stripe sees the row's idempotency key every time, a refund made by an attempt
 * whose answer was lost is found again (by key, or by our id in its metadata once keys have expired),
 * and outcomes are applied forward-only under a row lock.
 */
export async function executeRefund(db: Db, refundId: string, deps: ExecuteRefundDeps): Promise<ExecuteOutcome> {
  const now = deps.now ?? (() => new Date())
  const refund = await db.refund.findUnique({ where: { id: refundId }, include: { order: { select: { disputedAt: true } } } })
  if (!refund) return 'missing'
  if (refund.status === 'succeeded' || refund.status === 'failed' || refund.status === 'cancelled') return refund.status

  if (refund.status === 'processing' && refund.stripeRefundId) {
    // Stripe accepted it; normally a webhook brings the outcome. Asking covers a webhook that never came.
    const remote = await withRetries(deps, () => deps.stripe.refunds.retrieve(refund.stripeRefundId!))
    return outcome(await db.$transaction((tx) => applyStripeRefund(tx, refund.id, refundView(remote), now())))
  }
  if (refund.order.disputedAt) {
    const reason = 'Not refunded: the payment is disputed, and the chargeback already returns the money.'
    return outcome(await db.$transaction((tx) => failRefund(tx, refund, reason, now(), undefined, 'cancelled')))
  }

  const earlierAttempt = refund.attempts > 0
  await db.refund.updateMany({ where: { id: refund.id, status: 'pending' }, data: { attempts: { increment: 1 } } })
  let remote: Stripe.Refund
  try {
    remote = (earlierAttempt ? await findAtStripe(deps, refund) : null) ?? (await withRetries(deps, () => createAtStripe(deps.stripe, refund)))
  } catch (error) {
    if (error instanceof TransientRefundError) throw error
    const classified = classifyStripeError(error as StripeErrorShape)
    if (classified.kind === 'transient') throw new TransientRefundError(classified.why)
    return outcome(
      await db.$transaction(async (tx) => {
        if (classified.code === 'charge_disputed') {
          await tx.order.updateMany({ where: { id: refund.orderId, disputedAt: null }, data: { disputedAt: now() } })
        }
        const failed = await failRefund(tx, refund, `Stripe refused the refund (${classified.code}): ${classified.why}`, now())
        if (refund.returnId && classified.code === 'charge_disputed') await flagReturn(tx, refund.returnId, 'Payment disputed: do not refund.', now())
        return failed
      }),
    )
  }
  return outcome(await db.$transaction((tx) => applyStripeRefund(tx, refund.id, refundView(remote), now())))
}

function createAtStripe(stripe: Stripe, refund: Refund): Promise<Stripe.Refund> {
  return stripe.refunds.create(
    {
      payment_intent: refund.paymentReference,
      amount: refund.amount,
      reason: 'requested_by_customer',
      metadata: { roundtrip_refund_id: refund.id, roundtrip_return_id: refund.returnId ?? '', roundtrip_trigger: refund.trigger },
    },
    { idempotencyKey: refund.idempotencyKey },
  )
}

/**
 * After an attempt whose answer we never recorded, look for the refund it may have made. Stripe keeps
 * idempotency keys for 24 hours only; our id in the refund's metadata lasts for ever.
 */
async function findAtStripe(deps: ExecuteRefundDeps, refund: Refund): Promise<Stripe.Refund | null> {
  return withRetries(deps, async () => {
    for await (const candidate of deps.stripe.refunds.list({ payment_intent: refund.paymentReference, limit: 100 })) {
      if (candidate.metadata?.roundtrip_refund_id === refund.id) return candidate
    }
    return null
  })
}

async function withRetries<T>(deps: ExecuteRefundDeps, call: () => Promise<T>): Promise<T> {
  const attempts = deps.attempts ?? 4
  const base = deps.backoffMs ?? 250
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      const classified = classifyStripeError(error as StripeErrorShape)
      if (classified.kind === 'permanent') throw error
      if (attempt >= attempts) throw new TransientRefundError(`Stripe unavailable after ${attempts} attempts: ${classified.why}`)
      const delay = Math.min(base * 2 ** (attempt - 1), 4000)
      await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * (delay / 2)))
    }
  }
}

function outcome(refund: Refund | null): ExecuteOutcome {
  return refund?.status ?? 'missing'
}
