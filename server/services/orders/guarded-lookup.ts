import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { normalizeOrderNumber } from '@/server/domain/customer-input'
import { LOOKUP_LIMITS, minutesUntil } from '@/server/domain/rate-limit'
import { hitRateLimits, releaseRateLimits } from '@/server/services/security/rate-limit'
import { type FoundOrder, type LookupOrderInput, lookupOrder, padToMinimum } from './lookup-order'

export interface GuardedLookupOptions {
  minFailureMs: number
  /** Who is asking (see clientKey): one bucket per address behind a trusted proxy. */
  client: string
  now: Date
  /** Overrides the per-client allowance (LOOKUP_LIMIT_PER_CLIENT). */
  perClientLimit?: number
}

/**
 * Order lookup behind two limits kept in PostgreSQL: tries per client, and failed tries per order
 * number (whoever makes them). A refused try looks and takes the same whichever limit refused it.
 */
export async function guardedLookup(db: Db, input: LookupOrderInput, options: GuardedLookupOptions): Promise<FoundOrder> {
  const startedAt = performance.now()
  const orderKey = `${input.shopSlug}:${normalizeOrderNumber(input.orderNumber)}`
  const clientHit = { rule: { ...LOOKUP_LIMITS.perClient, limit: options.perClientLimit ?? LOOKUP_LIMITS.perClient.limit }, key: options.client }
  // Every try counts as a failure until it succeeds, so tries racing in parallel cannot slip past.
  const orderHit = { rule: LOOKUP_LIMITS.perOrderFailures, key: orderKey }
  const [perClient, perOrder] = await hitRateLimits(db, [clientHit, orderHit], options.now)
  if (!perClient.allowed || !perOrder.allowed) {
    // A refused try compared no email, so it is no failure of this order: otherwise a burst of
    // refused tries (or the rightful shopper's own retries) would keep the order locked.
    await releaseRateLimits(db, [orderHit])
    const retryAt = new Date(Math.max(perClient.allowed ? 0 : perClient.retryAt.getTime(), perOrder.allowed ? 0 : perOrder.retryAt.getTime()))
    await padToMinimum(startedAt, options.minFailureMs)
    const minutes = minutesUntil(retryAt, options.now)
    throw new AppError('RATE_LIMITED', {
      userMessage: `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      details: { retryAfterSeconds: Math.ceil((retryAt.getTime() - options.now.getTime()) / 1000) },
    })
  }
  const found = await lookupOrder(db, input, { minFailureMs: options.minFailureMs })
  await releaseRateLimits(db, [orderHit])
  return found
}
