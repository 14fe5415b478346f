import type { ReturnStatus } from '@/server/domain/return-lifecycle'

/** The events a merchant can subscribe a webhook endpoint to. */
export const WEBHOOK_EVENT_TYPES = [
  'return.created',
  'return.approved',
  'return.rejected',
  'return.label_created',
  'return.in_transit',
  'return.received',
  'return.inspected',
  'return.refunded',
  'return.credited',
  'return.replacement_created',
  'return.expired',
] as const
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]

/** The emails a shopper gets along the way. */
export const EMAIL_KINDS = [
  'request_received',
  'approved_label',
  'approved_keep_it',
  'label_expiring',
  'received',
  'inspected',
  'refunded',
  'credited',
  'replacement_shipped',
  'rejected',
] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

/** A row of the return timeline, as the relay reads it. */
export type TimelineEvent = {
  id: bigint
  type: string
  fromStatus: ReturnStatus | null
  toStatus: ReturnStatus | null
}

export type EventNotifications = { email: EmailKind | null; webhook: WebhookEventType | null }

type StatusRule = { email: EmailKind | null | ((ctx: { keepItem: boolean }) => EmailKind | null); webhook: WebhookEventType | null }

/**
 * What each status a return reaches tells the outside world. A Record over every status, so a status
 * added to the lifecycle does not compile until someone decides what it sends.
 */
const ON_STATUS: Readonly<Record<ReturnStatus, StatusRule>> = {
  requested: { email: 'request_received', webhook: 'return.created' },
  // Staff review is internal; the shopper already has "request received" and hears the outcome.
  needs_review: { email: null, webhook: null },
  // A return that ships hears about it once, with its label (label_issued); keep-it has no label.
  approved: { email: ({ keepItem }) => (keepItem ? 'approved_keep_it' : null), webhook: 'return.approved' },
  rejected: { email: 'rejected', webhook: 'return.rejected' },
  label_issued: { email: 'approved_label', webhook: 'return.label_created' },
  in_transit: { email: null, webhook: 'return.in_transit' },
  received: { email: 'received', webhook: 'return.received' },
  inspected: { email: 'inspected', webhook: 'return.inspected' },
  // The money has not moved yet; the shopper hears when it has (refunded).
  refund_pending: { email: null, webhook: null },
  refunded: { email: 'refunded', webhook: 'return.refunded' },
  credit_issued: { email: 'credited', webhook: 'return.credited' },
  replacement_sent: { email: 'replacement_shipped', webhook: 'return.replacement_created' },
  cancelled: { email: null, webhook: null },
  expired: { email: null, webhook: 'return.expired' },
}

/**
 * The email and webhook one timeline event causes. Only status changes notify: notes, overrides
 * without a move and other bookkeeping rows cause nothing, whatever their `type` is called.
 */
export function notificationsForEvent(event: TimelineEvent, ret: { keepItem: boolean }): EventNotifications {
  if (event.toStatus === null || event.toStatus === event.fromStatus) return { email: null, webhook: null }
  const rule = ON_STATUS[event.toStatus]
  const email = typeof rule.email === 'function' ? rule.email(ret) : rule.email
  return { email, webhook: rule.webhook }
}

/** Dedupe keys derived from the event id: writing what one event causes twice writes it once. */
export const emailDedupeKey = (eventId: bigint, kind: EmailKind) => `return-event:${eventId}:email:${kind}`
export const webhookDedupeKey = (eventId: bigint, endpointId: string) => `return-event:${eventId}:webhook:${endpointId}`
export const labelExpiringDedupeKey = (labelId: string) => `label-expiring:${labelId}`
