import { AppError } from '@/server/app-error'
import { FAULT_REASONS } from '@/server/domain/policy/policy-types'

/** Inspection grades that put the cost on the supplier whatever the shopper said. */
export const SUPPLIER_FAULT_GRADES = ['wrong_item', 'defect', 'defective', 'missing_parts'] as const
/** Inspection grades that clear the supplier: the damage was the customer's. */
export const CUSTOMER_FAULT_GRADES = ['damaged_by_customer'] as const
/** Only money that actually went out (or is on its way) is claimed back. */
export const CLAIMABLE_RETURN_STATUSES = ['refund_pending', 'refunded', 'replacement_sent', 'credit_issued'] as const

const FAULTS: ReadonlySet<string> = new Set(FAULT_REASONS)
const SUPPLIER_GRADES: ReadonlySet<string> = new Set(SUPPLIER_FAULT_GRADES)
const CUSTOMER_GRADES: ReadonlySet<string> = new Set(CUSTOMER_FAULT_GRADES)

/**
 * Whether a returned item belongs in a supplier claim: the inspection decides when there was one
 * (wrong item or defect: yes; damaged by the customer: no); otherwise the shopper's fault reason
 * (damaged, defective, wrong item, not as described) does.
 */
export function isClaimable(item: { reason: string; grade: string | null }): boolean {
  if (item.grade !== null && CUSTOMER_GRADES.has(item.grade)) return false
  if (item.grade !== null && SUPPLIER_GRADES.has(item.grade)) return true
  return FAULTS.has(item.reason)
}

export type ClaimStatus = 'open' | 'sent' | 'settled'

/** open → sent → settled; nothing else. */
export function assertClaimTransition(from: ClaimStatus, to: ClaimStatus): void {
  const legal = (from === 'open' && to === 'sent') || (from === 'sent' && to === 'settled')
  if (!legal) throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `A claim that is ${from} cannot be marked ${to}.`, details: { from, to } })
}

/** What the supplier paid back: whole minor units, from nothing up to what was claimed. */
export function assertRecoveredAmount(recovered: number, claimed: number): void {
  if (!Number.isSafeInteger(recovered) || recovered < 0) {
    throw new AppError('INVALID_INPUT', { userMessage: 'The amount recovered must be a whole amount of at least 0.' })
  }
  if (recovered > claimed) throw new AppError('INVALID_INPUT', { userMessage: 'The amount recovered cannot be more than the amount claimed.' })
}
