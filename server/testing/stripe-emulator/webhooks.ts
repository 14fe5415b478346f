import { createHmac } from 'node:crypto'
import { newId, now } from './state'
import type { FaultPlan } from './faults'

export interface WebhookEndpoint {
  url: string
  secret: string
}

export interface EmulatorEvent {
  id: string
  object: 'event'
  api_version: string
  created: number
  type: string
  livemode: false
  pending_webhooks: number
  data: { object: unknown }
}

export interface WebhookOptions {
  maxAttempts?: number
  /** First retry delay; doubles per attempt (Stripe uses hours, tests need milliseconds). */
  retryBaseMs?: number
  deliveryTimeoutMs?: number
}

/** Stripe's v1 signature scheme: `t=<unix>,v1=HMAC_SHA256(secret, "<t>.<payload>")`. */
export function signPayload(payload: string, secret: string, timestamp = now()): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')
  return `t=${timestamp},v1=${signature}`
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export class WebhookDispatcher {
  readonly endpoints: WebhookEndpoint[] = []
  readonly events: EmulatorEvent[] = []
  readonly deliveries: { eventId: string; url: string; attempt: number; status: number | 'error' }[] = []
  private readonly pending = new Set<Promise<unknown>>()
  private stopped = false

  constructor(
    private readonly faults: FaultPlan,
    private readonly apiVersion: string,
    private readonly options: WebhookOptions = {},
  ) {}

  /** Tracks background work (deliveries, refund settlement) so `flush()` can await it. */
  track(work: Promise<unknown>): void {
    const tracked = work.catch(() => undefined).finally(() => this.pending.delete(tracked))
    this.pending.add(tracked)
  }

  emit(type: string, object: unknown): EmulatorEvent {
    const event: EmulatorEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: this.apiVersion,
      created: now(),
      type,
      livemode: false,
      pending_webhooks: this.endpoints.length,
      // Snapshot: later mutations must not leak into an already-emitted event.
      data: { object: structuredClone(object) },
    }
    this.events.push(event)
    const copies = this.faults.options.duplicateWebhooks ? 2 : 1
    for (const endpoint of this.endpoints) {
      for (let i = 0; i < copies; i++) this.track(this.deliver(endpoint, event, this.faults.webhookDelayMs()))
    }
    return event
  }

  private async deliver(endpoint: WebhookEndpoint, event: EmulatorEvent, delayMs: number): Promise<void> {
    const { maxAttempts = 5, retryBaseMs = 10, deliveryTimeoutMs = 2000 } = this.options
    if (delayMs > 0) await sleep(delayMs)
    const payload = JSON.stringify(event, null, 2)
    for (let attempt = 1; attempt <= maxAttempts && !this.stopped; attempt++) {
      let status: number | 'error' = 'error'
      try {
        const res = await fetch(endpoint.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signPayload(payload, endpoint.secret) },
          body: payload,
          signal: AbortSignal.timeout(deliveryTimeoutMs),
        })
        status = res.status
        await res.arrayBuffer().catch(() => undefined)
      } catch {
        // Unreachable or timed out: same as a non-2xx, retry with backoff.
      }
      this.deliveries.push({ eventId: event.id, url: endpoint.url, attempt, status })
      if (typeof status === 'number' && status >= 200 && status < 300) return
      if (attempt < maxAttempts) await sleep(retryBaseMs * 2 ** (attempt - 1))
    }
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }

  stop(): void {
    this.stopped = true
  }
}
