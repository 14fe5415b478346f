import type { ReturnStatus } from '@/server/domain/return-lifecycle'
import type { WebhookEventType } from './event-notifications'

/** A return as merchants' systems see it in webhooks: no internal notes, no policy internals. */
export type PublicReturn = {
  rma: string
  status: ReturnStatus
  resolution: string
  keepItem: boolean
  orderNumber: string
  customerEmail: string
  refund: { amount: number; currency: string }
  items: { sku: string; title: string; variant: string | null; quantity: number; reason: string }[]
  label: { trackingNumber: string; carrier: string; expiresAt: string } | null
  createdAt: string
}

export type WebhookEnvelope = {
  id: string
  type: WebhookEventType
  created: string
  shop: { id: string; slug: string }
  data: PublicReturn
}

/**
 * The body of a webhook: a stable envelope around the return as it was at this event (its status is
 * the one the event moved it to). Serialised once and stored, so every attempt sends the same bytes.
 */
export function webhookBody(envelope: WebhookEnvelope): string {
  const { id, type, created, shop, data } = envelope
  return JSON.stringify({ id, type, created, shop, data })
}
