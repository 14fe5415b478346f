import { AppError } from '@/server/app-error'
import type { ReturnStatus } from '@/server/domain/return-lifecycle'

export const OVERRIDE_KINDS = ['approve_out_of_window', 'change_fee', 'change_resolution', 'keep_it'] as const
export type OverrideKind = (typeof OVERRIDE_KINDS)[number]

/** Where each override makes sense: before the money moves, and before the parcel is on its way for keep-it. */
const ALLOWED_FROM: Readonly<Record<OverrideKind, readonly ReturnStatus[]>> = {
  approve_out_of_window: ['needs_review', 'expired'],
  change_fee: ['requested', 'needs_review', 'approved', 'label_issued', 'in_transit', 'received', 'inspected'],
  change_resolution: ['requested', 'needs_review', 'approved', 'label_issued', 'in_transit', 'received', 'inspected'],
  keep_it: ['needs_review', 'approved', 'label_issued'],
}

export const MIN_REASON_LENGTH = 5

/** An override without a reason (or with a token one) is refused: every exception must be explainable later. */
export function assertReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim()
  if (trimmed.length < MIN_REASON_LENGTH) {
    throw new AppError('INVALID_INPUT', { userMessage: `An override needs a reason (at least ${MIN_REASON_LENGTH} characters): say why the policy is set aside.` })
  }
  return trimmed
}

export function assertOverrideAllowed(kind: OverrideKind, status: ReturnStatus): void {
  if (!ALLOWED_FROM[kind].includes(status)) {
    throw new AppError('INVALID_STATE_TRANSITION', {
      userMessage: `A return that is ${status.replaceAll('_', ' ')} cannot have the override "${kind.replaceAll('_', ' ')}".`,
      details: { kind, status },
    })
  }
}

/**
 * A fee may be waived or lowered, never raised: 0 up to what the engine charged. The refund moves
 * by the difference, so the shopper gets back exactly what is waived.
 */
export function changeFee(input: { originalFee: number; currentFee: number; refundAmount: number; newFee: number }): { feesAmount: number; refundAmount: number } {
  if (!Number.isInteger(input.newFee) || input.newFee < 0 || input.newFee > input.originalFee) {
    throw new AppError('INVALID_INPUT', { userMessage: `The fee must be between 0 and the original ${input.originalFee} (minor units).` })
  }
  if (input.newFee === input.currentFee) throw new AppError('INVALID_INPUT', { userMessage: 'The fee is already that amount.' })
  return { feesAmount: input.newFee, refundAmount: input.refundAmount + (input.currentFee - input.newFee) }
}

/**
 * The last day any line of a decision may be returned, if the stored decision knows it. A return
 * still waiting for review after that day can only be approved as an override.
 */
export function windowEndsOn(decision: unknown): string | null {
  const lines = (decision as { lines?: { windowEndsOn?: string | null }[] } | null)?.lines ?? []
  const days = lines.map((l) => l.windowEndsOn).filter((d): d is string => typeof d === 'string')
  return days.length === 0 ? null : days.sort()[0]!
}

/** True when today (UTC) is after the earliest window end of the decision. */
export function isOutOfWindow(decision: unknown, now: Date): boolean {
  const ends = windowEndsOn(decision)
  return ends !== null && now.toISOString().slice(0, 10) > ends
}

/** The fee the engine charged, from the stored decision; what a fee override is bounded by. */
export function originalFee(decision: unknown, current: number): number {
  const fee = (decision as { totals?: { feesAmount?: unknown } } | null)?.totals?.feesAmount
  return typeof fee === 'number' ? fee : current
}

/** The overrides that make sense for a return in this state (what the console offers). */
export function overridesAllowed(status: ReturnStatus): OverrideKind[] {
  return OVERRIDE_KINDS.filter((kind) => ALLOWED_FROM[kind].includes(status))
}
