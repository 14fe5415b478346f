import { type FaultOptions, FaultPlan } from './faults'
import { IdempotencyStore } from './idempotency'
import { type Pipeline, type RequestLogEntry, listen } from './server'
import { type Charge, EmulatorState, type PaymentIntent, type Refund, type SeedPaymentInput } from './state'
import { type EmulatorEvent, WebhookDispatcher, type WebhookEndpoint, type WebhookOptions } from './webhooks'

export type { FaultKind, FaultOptions } from './faults'
export type { RequestLogEntry } from './server'
export type { Charge, PaymentIntent, Refund, SeedPaymentInput } from './state'
export { signPayload, type EmulatorEvent, type WebhookEndpoint, type WebhookOptions } from './webhooks'

export const EMULATOR_API_VERSION = '2026-10-28.endive'

export interface StripeEmulatorOptions {
  /** Loopback only by design; the emulator has no auth worth the name. */
  host?: '127.0.0.1' | 'localhost' | '::1'
  port?: number
  apiKey?: string
  faults?: FaultOptions
  webhookEndpoints?: WebhookEndpoint[]
  webhooks?: WebhookOptions
  /** Delay before a pending refund settles. */
  refundSettleMs?: number
}

export interface StripeEmulator {
  url: string
  port: number
  /** Any `sk_test_…` key is accepted; this is the suggested one. */
  apiKey: string
  stop(): Promise<void>
  seedPayment(input: SeedPaymentInput): PaymentIntent
  seedRefund(input: Parameters<EmulatorState['seedRefund']>[0]): Refund
  disputeCharge(chargeId: string): Charge
  setFaults(faults: FaultOptions): void
  addWebhookEndpoint(endpoint: WebhookEndpoint): void
  /** Awaits refund settlement and every webhook delivery (including retries) in flight. */
  flushWebhooks(): Promise<void>
  refunds(): Refund[]
  charges(): Charge[]
  events(): EmulatorEvent[]
  deliveries(): WebhookDispatcher['deliveries']
  requests(): RequestLogEntry[]
}

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const state = new EmulatorState()
  const faults = new FaultPlan(options.faults)
  const webhooks = new WebhookDispatcher(faults, EMULATOR_API_VERSION, options.webhooks)
  webhooks.endpoints.push(...(options.webhookEndpoints ?? []))
  const pipeline: Pipeline = {
    state,
    faults,
    idempotency: new IdempotencyStore(),
    log: [],
    holds: new Set(),
    context: { state, webhooks, faults, refundSettleMs: options.refundSettleMs ?? 5 },
  }
  const host = options.host ?? '127.0.0.1'
  const { server, port } = await listen(pipeline, host, options.port ?? 0)

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    apiKey: options.apiKey ?? 'sk_test_emulator',
    async stop() {
      webhooks.stop()
      for (const hold of pipeline.holds) clearTimeout(hold)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await webhooks.flush()
    },
    seedPayment: (input) => state.seedPayment(input),
    seedRefund: (input) => state.seedRefund(input),
    disputeCharge(chargeId) {
      const charge = state.charges.get(chargeId)
      if (!charge) throw new Error(`stripe-emulator: no such charge ${chargeId}`)
      charge.disputed = true
      const dispute = { id: `dp_${chargeId.slice(3)}`, object: 'dispute', amount: charge.amount, charge: charge.id, currency: charge.currency, payment_intent: charge.payment_intent, reason: 'fraudulent', status: 'needs_response' }
      webhooks.emit('charge.dispute.created', dispute)
      return charge
    },
    setFaults: (next) => faults.set(next),
    addWebhookEndpoint: (endpoint) => void webhooks.endpoints.push(endpoint),
    flushWebhooks: () => webhooks.flush(),
    refunds: () => [...state.refunds.values()],
    charges: () => [...state.charges.values()],
    events: () => [...webhooks.events],
    deliveries: () => [...webhooks.deliveries],
    requests: () => [...pipeline.log],
  }
}
