import { AppError } from '@/server/app-error'

export const RETURN_STATUSES = [
  'requested', 'needs_review', 'approved', 'rejected', 'label_issued', 'in_transit', 'received', 'inspected',
  'refund_pending', 'refunded', 'replacement_sent', 'credit_issued', 'cancelled', 'expired',
] as const

export type ReturnStatus = (typeof RETURN_STATUSES)[number]

/**
 * Every legal move of a return (docs: ARCHITECTURE.md, "Return lifecycle"). Anything not listed is
 * an error, never a silent no-op. Staff overrides are transitions too; they add a reason. Three edges
 * exist for staff only: a parcel that reaches the hub without a carrier scan (label_issued →
 * received), a label voided to issue another (label_issued → approved), and an expired return
 * approved again out of its window, which the service allows only as an override with a reason.
 */
const TRANSITIONS: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  requested: ['approved', 'needs_review', 'rejected', 'cancelled'],
  needs_review: ['approved', 'rejected'],
  // approved → refund_pending / credit_issued / replacement_sent is the keep-it path: nothing ships back.
  approved: ['label_issued', 'refund_pending', 'credit_issued', 'replacement_sent', 'cancelled'],
  label_issued: ['in_transit', 'received', 'approved', 'cancelled', 'expired'],
  in_transit: ['received'],
  received: ['inspected'],
  inspected: ['refund_pending', 'replacement_sent', 'credit_issued'],
  refund_pending: ['refunded'],
  refunded: [],
  replacement_sent: [],
  credit_issued: [],
  rejected: [],
  cancelled: [],
  expired: ['approved'],
}

export function canTransition(from: ReturnStatus, to: ReturnStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export function assertTransition(from: ReturnStatus, to: ReturnStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('INVALID_STATE_TRANSITION', {
      userMessage: `A return that is ${from.replaceAll('_', ' ')} cannot become ${to.replaceAll('_', ' ')}.`,
      details: { from, to },
    })
  }
}

export function isTerminal(status: ReturnStatus): boolean {
  return TRANSITIONS[status].length === 0
}

export function nextStatuses(status: ReturnStatus): readonly ReturnStatus[] {
  return TRANSITIONS[status]
}
