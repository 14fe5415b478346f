import { AppError } from '@/server/app-error'
import { instantMs } from './calendar'
import { type Instant } from './order-types'
import { type ReturnPolicy } from './policy-types'

/**
 * The policy version an order is judged by: the one in force when it was placed (latest
 * effectiveFrom at or before placedAt; the higher version number if two start together). An order
 * placed before the shop's first version, e.g. imported history, is judged by that first version.
 */
export function policyInForce(versions: readonly ReturnPolicy[], placedAt: Instant): ReturnPolicy {
  if (versions.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'The shop has no return policy.' })
  const placed = instantMs(placedAt, 'placedAt')
  let inForce: { policy: ReturnPolicy; from: number } | null = null
  let earliest: { policy: ReturnPolicy; from: number } | null = null
  for (const policy of versions) {
    const from = instantMs(policy.effectiveFrom, 'effectiveFrom')
    if (!earliest || from < earliest.from || (from === earliest.from && policy.version > earliest.policy.version)) earliest = { policy, from }
    if (from > placed) continue
    if (!inForce || from > inForce.from || (from === inForce.from && policy.version > inForce.policy.version)) inForce = { policy, from }
  }
  return (inForce ?? earliest)!.policy
}
