import type Stripe from 'stripe'
import type { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { formatMoney } from '@/server/domain/money'
import { reservesFunds } from '@/server/domain/refunds/refund-state'
import { isTerminal } from '@/server/domain/return-lifecycle'
import { enqueueJob } from '@/server/jobs/enqueue-job'
import { applyStripeRefund, failRefund, flagReturn, refundView } from '@/server/services/refunds/refund-outcome'

type Tx = Prisma.TransactionClient

/** The only events Roundtrip acts on; anything else is acknowledged and ignored. */
export const HANDLED_STRIPE_EVENTS = ['refund.created', 'refund.updated', 'refund.failed', 'charge.refunded', 'charge.dispute.created'] as const

export type StripeEventResult = 'processed' | 'duplicate' | 'ignored'

/**
 * Processes one verified Stripe event exactly once: its id is recorded in the same transaction as
 * its effects, so a duplicate or replayed delivery does nothing, and a failure rolls both back for
 * Stripe to deliver again.
 */
export async function handleStripeEvent(db: Db, event: Stripe.Event, now: Date): Promise<StripeEventResult> {
  if (!(HANDLED_STRIPE_EVENTS as readonly string[]).includes(event.type)) return 'ignored'
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO stripe_events (id, type, payload, received_at, processed_at)
      VALUES (${event.id}, ${event.type}, ${JSON.stringify(event)}::jsonb, ${now}, ${now})
      ON CONFLICT (id) DO NOTHING`
    if (inserted === 0) return 'duplicate'
    switch (event.type) {
      case 'refund.created':
      case 'refund.updated':
      case 'refund.failed':
        await applyOrRecordRefund(tx, event.data.object, now)
        break
      case 'charge.refunded':
        await onChargeRefunded(tx, event.data.object)
        break
      case 'charge.dispute.created':
        await onDispute(tx, event.data.object, now)
        break
    }
    return 'processed'
  })
}

/**
 * Applies a Stripe refund to our row — found by Stripe's id, or by our id in its metadata when the
 * webhook beats the worker's own write — or records it as made outside Roundtrip.
 */
export async function applyOrRecordRefund(tx: Tx, remote: Stripe.Refund, now: Date): Promise<'updated' | 'recorded'> {
  const ours =
    (await tx.refund.findUnique({ where: { stripeRefundId: remote.id }, select: { id: true } })) ??
    (remote.metadata?.roundtrip_refund_id ? await tx.refund.findUnique({ where: { id: remote.metadata.roundtrip_refund_id }, select: { id: true } }) : null)
  if (ours) {
    await applyStripeRefund(tx, ours.id, refundView(remote), now)
    return 'updated'
  }
  await recordExternalRefund(tx, remote, now)
  return 'recorded'
}

/**
 * A refund made outside Roundtrip (the Stripe dashboard, another tool) is recorded against its payment
 * so it counts towards "never more than paid" — and is never issued again by us.
 */
export async function recordExternalRefund(tx: Tx, remote: Stripe.Refund, now: Date): Promise<void> {
  const paymentIntent = typeof remote.payment_intent === 'string' ? remote.payment_intent : remote.payment_intent?.id
  if (!paymentIntent) return
  const [order] = await tx.$queryRaw<{ id: string; currency: string }[]>`SELECT id, currency FROM orders WHERE payment_reference = ${paymentIntent} FOR UPDATE`
  if (!order) return
  const status = remote.status === 'succeeded' ? 'succeeded' : remote.status === 'failed' || remote.status === 'canceled' ? 'failed' : 'processing'
  const created = await tx.refund.createManyAndReturn({
    data: {
      orderId: order.id,
      paymentReference: paymentIntent,
      amount: remote.amount,
      currency: remote.currency.toUpperCase(),
      status,
      trigger: 'external',
      idempotencyKey: `external:${remote.id}`,
      stripeRefundId: remote.id,
      actorType: 'merchant',
      createdAt: now,
      succeededAt: status === 'succeeded' ? now : null,
    },
    skipDuplicates: true,
  })
  if (created.length === 0 || !reservesFunds(status)) return
  // Stripe already paid it, so it must count in full; the CHECK still caps the total at what was captured.
  await tx.$executeRaw`UPDATE orders SET refund_reserved_amount = LEAST(captured_amount, refund_reserved_amount + ${remote.amount}) WHERE id = ${order.id}`
  const open = await tx.returnRequest.findMany({ where: { orderId: order.id }, select: { id: true, status: true } })
  const note = `A refund of ${formatMoney({ amount: remote.amount, currency: remote.currency.toUpperCase() }, 'en')} was made outside Roundtrip (Stripe ${remote.id}); check before refunding more.`
  for (const request of open.filter((r) => !isTerminal(r.status))) {
    await flagReturn(tx, request.id, note, now)
    await tx.returnEvent.create({ data: { returnId: request.id, type: 'external_refund', actorType: 'merchant', note, data: { stripeRefundId: remote.id, amount: remote.amount }, createdAt: now } })
  }
}

/** The charge's refunds are not in the event: a job lists them and records any we have not seen. */
async function onChargeRefunded(tx: Tx, charge: Stripe.Charge): Promise<void> {
  const paymentIntent = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id
  if (!paymentIntent) return
  await enqueueJob(tx, 'refunds:reconcile', { paymentIntent }, { jobKey: `reconcile:${paymentIntent}` })
}

/**
 * A chargeback already returns the money: refunds not yet sent are cancelled, nothing more is sent,
 * and every open return on the order is flagged for staff.
 */
async function onDispute(tx: Tx, dispute: Stripe.Dispute, now: Date): Promise<void> {
  const paymentIntent = typeof dispute.payment_intent === 'string' ? dispute.payment_intent : dispute.payment_intent?.id
  if (!paymentIntent) return
  const order = await tx.order.findFirst({ where: { paymentReference: paymentIntent }, select: { id: true } })
  if (!order) return
  await tx.$queryRaw`SELECT id FROM orders WHERE id = ${order.id} FOR UPDATE`
  await tx.order.updateMany({ where: { id: order.id, disputedAt: null }, data: { disputedAt: now } })
  const reason = `Payment disputed by the cardholder (${dispute.reason ?? 'no reason given'}): Roundtrip will not refund it; the chargeback returns the money.`
  // Only intents Stripe never saw can be withdrawn; one already sent is refused by Stripe or settles.
  const unsent = await tx.refund.findMany({ where: { orderId: order.id, status: 'pending', attempts: 0 } })
  for (const refund of unsent) await failRefund(tx, refund, reason, now, undefined, 'cancelled')
  const returns = await tx.returnRequest.findMany({ where: { orderId: order.id }, select: { id: true, status: true } })
  for (const request of returns.filter((r) => !isTerminal(r.status) || r.status === 'refunded')) {
    await flagReturn(tx, request.id, reason, now)
    await tx.returnEvent.create({ data: { returnId: request.id, type: 'payment_disputed', actorType: 'system', note: reason, data: { disputeId: dispute.id }, createdAt: now } })
  }
}
