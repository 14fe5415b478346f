import { type Route, ok } from './context'
import { invalidParam, missingResource } from './errors'
import { stringMap } from './form-body'

/** Stripe amounts are positive integers in the smallest currency unit. */
export function parseAmount(raw: unknown, param = 'amount'): number {
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(n) || n <= 0) throw invalidParam(param, 'parameter_invalid_integer', 'This value must be greater than or equal to 1.')
  return n
}

export const paymentRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/payment_intents',
    withId: false,
    handle: ({ state, body }) => {
      const amount = parseAmount(body.amount)
      const currency = body.currency
      if (typeof currency !== 'string' || currency === '') throw invalidParam('currency', 'parameter_missing', 'Missing required param: currency.')
      // No confirmation flow: the emulator's intents are captured on creation.
      return ok(state.seedPayment({ amount, currency, metadata: stringMap(body.metadata) }))
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_intents/',
    withId: true,
    handle: ({ state, id }) => {
      const intent = state.paymentIntents.get(id)
      if (!intent) throw missingResource('payment_intent', id)
      return ok(intent)
    },
  },
  {
    method: 'GET',
    path: '/v1/charges/',
    withId: true,
    handle: ({ state, id }) => {
      const charge = state.charges.get(id)
      if (!charge) throw missingResource('charge', id)
      return ok(charge)
    },
  },
]
