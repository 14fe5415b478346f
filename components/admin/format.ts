import { formatMoney } from '@/server/domain/money'

/** The console speaks English and shows times in UTC, so every agent reads the same instant. */
export const money = (value: { amount: number; currency: string }) => formatMoney(value, 'en')
export const dateTime = (date: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC'
export const day = (date: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
export const words = (value: string) => value.replaceAll('_', ' ')
export const sentence = (value: string) => words(value).replace(/^./, (c) => c.toUpperCase())

export const STATUS_LABELS: Record<string, string> = {
  requested: 'Requested',
  needs_review: 'Needs review',
  approved: 'Approved',
  rejected: 'Rejected',
  label_issued: 'Label issued',
  in_transit: 'In transit',
  received: 'Received',
  inspected: 'Inspected',
  refund_pending: 'Refund pending',
  refunded: 'Refunded',
  replacement_sent: 'Replacement sent',
  credit_issued: 'Credit issued',
  cancelled: 'Cancelled',
  expired: 'Expired',
}
