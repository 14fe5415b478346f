import Stripe from 'stripe'
import { AppError } from '@/server/app-error'
import { env } from '@/server/env'

export interface StripeClientConfig {
  secretKey: string
  /** The emulator's address in the offline demo and tests; unset means api.stripe.com. */
  apiBase?: string
  timeoutMs?: number
}

/**
 * The official SDK with its own retries off: the refund executor retries itself, so that 429s are
 * retried too and every attempt is visible in one place.
 */
export function createStripeClient(config: StripeClientConfig): Stripe {
  const base = config.apiBase ? new URL(config.apiBase) : undefined
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 0,
    timeout: config.timeoutMs ?? 20_000,
    appInfo: { name: 'Roundtrip' },
    ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)), protocol: base.protocol === 'https:' ? 'https' : 'http' } : {}),
  })
}

let shared: Stripe | undefined

/** The app's Stripe client from the environment; a clear error when payments are not configured. */
export function stripeFromEnv(): Stripe {
  const { STRIPE_SECRET_KEY, STRIPE_API_BASE } = env()
  if (!STRIPE_SECRET_KEY) {
    throw new AppError('INTERNAL', { userMessage: 'Refunds are not configured on this server (STRIPE_SECRET_KEY is not set).' })
  }
  shared ??= createStripeClient({ secretKey: STRIPE_SECRET_KEY, apiBase: STRIPE_API_BASE })
  return shared
}
