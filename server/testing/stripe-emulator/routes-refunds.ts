import { type Route, type RouteContext, ok } from './context'
import { EmulatorApiError, invalidParam, missingResource } from './errors'
import { stringMap } from './form-body'
import { parseAmount } from './routes-payments'
import { type Charge, type Refund, newId, now } from './state'

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer']

function resolveCharge({ state, body }: RouteContext): Charge {
  const { payment_intent: pi, charge: chargeId } = body
  if (typeof pi === 'string') {
    const intent = state.paymentIntents.get(pi)
    const charge = intent && state.charges.get(intent.latest_charge)
    if (!charge) throw missingResource('payment_intent', pi)
    return charge
  }
  if (typeof chargeId === 'string') {
    const charge = state.charges.get(chargeId)
    if (!charge) throw missingResource('charge', chargeId)
    return charge
  }
  throw invalidParam('charge', 'parameter_missing', 'One of the following params should be provided for this request: payment_intent or charge.')
}

function createRefund(ctx: RouteContext): Refund {
  const { state, body, webhooks, faults } = ctx
  const reason = body.reason
  if (reason !== undefined && (typeof reason !== 'string' || !REASONS.includes(reason))) {
    throw invalidParam('reason', 'parameter_invalid_string', `Invalid reason: must be one of ${REASONS.join(', ')}`)
  }
  const amountRaw = body.amount
  const requested = amountRaw === undefined ? undefined : parseAmount(amountRaw)
  const charge = resolveCharge(ctx)
  if (charge.disputed) {
    throw new EmulatorApiError(400, 'invalid_request_error', 'charge_disputed', `Charge ${charge.id} has been charged back; cannot issue a refund.`)
  }
  const remaining = charge.amount - state.refundedAmount(charge.id)
  if (remaining <= 0) {
    throw new EmulatorApiError(400, 'invalid_request_error', 'charge_already_refunded', `Charge ${charge.id} has already been refunded.`)
  }
  const amount = requested ?? remaining
  if (amount > remaining) {
    throw new EmulatorApiError(400, 'invalid_request_error', 'amount_too_large', `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount')
  }
  const refund: Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    charge: charge.id,
    currency: charge.currency,
    payment_intent: charge.payment_intent,
    reason: reason ?? null,
    status: 'pending',
    metadata: stringMap(body.metadata),
    created: now(),
  }
  state.refunds.set(refund.id, refund)
  state.syncCharge(charge)
  webhooks.emit('refund.created', refund)
  webhooks.emit('charge.refunded', charge)
  webhooks.track(settle(ctx, refund, charge, faults.refundFails(refund)))
  return refund
}

/** Real refunds settle later; callers must cope with `pending` and learn the outcome via webhooks. */
async function settle({ state, webhooks, refundSettleMs }: RouteContext, refund: Refund, charge: Charge, fails: boolean): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, refundSettleMs))
  if (refund.status !== 'pending') return
  refund.status = fails ? 'failed' : 'succeeded'
  if (fails) {
    refund.failure_reason = 'expired_or_canceled_card'
    state.syncCharge(charge)
    webhooks.emit('refund.failed', refund)
  }
  webhooks.emit('refund.updated', refund)
}

export const refundRoutes: Route[] = [
  { method: 'POST', path: '/v1/refunds', withId: false, handle: (ctx) => ok(createRefund(ctx)) },
  {
    method: 'GET',
    path: '/v1/refunds/',
    withId: true,
    handle: ({ state, id }) => {
      const refund = state.refunds.get(id)
      if (!refund) throw missingResource('refund', id)
      return ok(refund)
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    withId: false,
    handle: ({ state, query }) => {
      const pi = query.get('payment_intent')
      const charge = query.get('charge')
      const limit = Math.min(Math.max(Number(query.get('limit') ?? 10) || 10, 1), 100)
      // Stripe lists newest first.
      const all = [...state.refunds.values()].filter((r) => (!pi || r.payment_intent === pi) && (!charge || r.charge === charge)).reverse()
      return ok({ object: 'list', url: '/v1/refunds', data: all.slice(0, limit), has_more: all.length > limit })
    },
  },
]
