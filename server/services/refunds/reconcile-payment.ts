import type Stripe from 'stripe'
import type { Db } from '@/server/database/prisma-client'
import { applyOrRecordRefund } from '@/server/services/payments/handle-stripe-event'

/**
 * Brings our refunds on one payment in line with Stripe's list: known refunds get their latest
 * status, unknown ones are recorded as made outside Roundtrip. Run after `charge.refunded`.
 */
export async function reconcilePayment(db: Db, stripe: Stripe, paymentIntent: string, now: Date): Promise<{ recorded: number; updated: number }> {
  const counts = { recorded: 0, updated: 0 }
  for await (const remote of stripe.refunds.list({ payment_intent: paymentIntent, limit: 100 })) {
    counts[await db.$transaction((tx) => applyOrRecordRefund(tx, remote, now))]++
  }
  return counts
}
