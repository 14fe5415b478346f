import { money } from '@/server/domain/money'
import { countSince } from './calendar'
import { type ReviewReason } from './decision-types'
import { explanation, type Explanation } from './explanation-types'
import { type CustomerHistory } from './order-types'
import { type ReviewRule } from './policy-types'

export type RequestReview = Readonly<{ reasons: readonly ReviewReason[]; notes: readonly Explanation[] }>

/**
 * Reasons for staff to look at a request before it is approved; they apply to every eligible
 * line. The supplier's approval is per line and added by the caller. Review never refuses a
 * return on its own: statutory rights still stand, staff just check before a label is issued.
 */
export function requestReview(
  rule: ReviewRule,
  input: Readonly<{ currency: string; value: number; customer: CustomerHistory; nowMs: number }>,
): RequestReview {
  const reasons: ReviewReason[] = []
  const notes: Explanation[] = []
  const threshold = rule.valueAbove[input.currency]
  if (threshold !== undefined && input.value > threshold) {
    reasons.push('high_value')
    notes.push(explanation('review_high_value', { threshold: money(threshold, input.currency) }))
  }
  if (input.customer.blocked) {
    reasons.push('blocked_customer')
    notes.push(explanation('review_blocked_customer', {}))
  }
  const limit = rule.maxReturns
  // "More than N returns in the period", counting this one.
  if (limit !== null && countSince(input.customer.pastReturns, input.nowMs, limit.periodDays, 'pastReturns') + 1 > limit.count) {
    reasons.push('frequent_returner')
    notes.push(explanation('review_frequent_returner', { count: limit.count, periodDays: limit.periodDays }))
  }
  return { reasons, notes }
}
