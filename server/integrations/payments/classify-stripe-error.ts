/** The parts of a Stripe SDK error that decide what to do next. */
export interface StripeErrorShape {
  type?: string
  statusCode?: number
  code?: string
  message?: string
}

export type StripeErrorClass =
  | { kind: 'transient'; why: string }
  | { kind: 'permanent'; code: string; why: string }

/**
 * Network trouble, lock conflicts (409), rate limits (429) and Stripe-side errors (5xx) are worth
 * retrying with the same idempotency key; anything else is Stripe telling us "no" and retrying would
 * only repeat it. An unknown shape is treated as transient: a retry with the same key is always safe.
 */
export function classifyStripeError(error: StripeErrorShape): StripeErrorClass {
  const status = error.statusCode
  const why = error.message ?? error.type ?? 'unknown Stripe error'
  if (error.type === 'StripeConnectionError' || status === undefined) return { kind: 'transient', why: `network: ${why}` }
  if (status === 409 || status === 429 || status >= 500) return { kind: 'transient', why: `HTTP ${status}: ${why}` }
  if (error.type === 'StripeIdempotencyError') return { kind: 'permanent', code: 'idempotency_error', why }
  return { kind: 'permanent', code: error.code ?? `http_${status}`, why }
}
