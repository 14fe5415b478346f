import Stripe from 'stripe'
import type { StripeEmulator } from './index'

/** The real SDK pointed at the emulator, with retry backoff shrunk so fault tests stay fast. */
export function emulatorClient(emulator: StripeEmulator, config: Stripe.StripeConfig = {}): Stripe {
  const stripe = new Stripe(emulator.apiKey, { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0, ...config })
  // The SDK hard-codes a 0.5 s initial retry delay; these getters are its only seam.
  Object.assign(stripe, { getInitialNetworkRetryDelay: () => 0.005, getMaxNetworkRetryDelay: () => 0.02 })
  return stripe
}
