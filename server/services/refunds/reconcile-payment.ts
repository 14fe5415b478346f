import type Stripe from 'stripe'
import type { Db } from '@/server/database/prisma-client'
import { recordExternalRefund } from '@/server/services/payments/handle-stripe-event'
import { applyStripeRefund } from './refund-outcome'

/**
 * Brings our refunds on one payment in line with Stripe's list: known refunds get their latest
 * status, unknown ones are recorded as made outside Roundtrip. Run after `charge.refunded`.
 */
export async function reconcilePayment(db: Db, stripe: Stripe, paymentIntent: string, now: Date): Promise<{ recorded: number; updated: number }> {
  let recorded = 0
  let updated = 0
  for await (const remote of stripe.refunds.list({ payment_intent: paymentIntent, limit: 100 })) {
    await db.$transaction(async (tx) => {
      const ours =
        (await tx.refund.findUnique({ where: { stripeRefundId: remote.id }, select: { id: true } })) ??
        (remote.metadata?.roundtrip_refund_id ? await tx.refund.findUnique({ where: { id: remote.metadata.roundtrip_refund_id }, select: { id: true } }) : null)
      if (ours) {
        await applyStripeRefund(tx, ours.id, { id: remote.id, status: remote.status, amount: remote.amount, failure_reason: remote.failure_reason ?? null }, now)
        updated++
      } else {
        await recordExternalRefund(tx, remote, now)
        recorded++
      }
    })
  }
  return { recorded, updated }
}
