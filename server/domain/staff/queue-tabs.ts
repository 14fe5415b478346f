import type { ReturnStatus } from '@/server/domain/return-lifecycle'

/** The staff queue's tabs, in the order an agent works through them, with the states each holds. */
export const QUEUE_TABS = {
  needs_review: ['requested', 'needs_review'],
  approved: ['approved'],
  in_transit: ['label_issued', 'in_transit'],
  received: ['received', 'inspected'],
  refund_pending: ['refund_pending'],
  closed: ['refunded', 'credit_issued', 'replacement_sent', 'rejected', 'cancelled'],
  expired: ['expired'],
} as const satisfies Record<string, readonly ReturnStatus[]>

export type QueueTab = keyof typeof QUEUE_TABS
export const QUEUE_TAB_IDS = Object.keys(QUEUE_TABS) as QueueTab[]

export function tabOf(status: ReturnStatus): QueueTab {
  return QUEUE_TAB_IDS.find((tab) => (QUEUE_TABS[tab] as readonly ReturnStatus[]).includes(status))!
}

/**
 * The keyset cursor of the queue: the last row's (created_at, id). Opaque to the browser; a
 * malformed one is treated as "from the start" rather than an error, since it only ever comes back
 * from a page we sent.
 */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url')
}

export function decodeCursor(cursor: string | null | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const createdAt = new Date(at ?? '')
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null
}
