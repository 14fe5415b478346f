import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { assertTransition, canTransition, isTerminal, RETURN_STATUSES, type ReturnStatus } from './return-lifecycle'

// The lifecycle as written in ARCHITECTURE.md, edge by edge; the test checks every one of the 196 pairs.
const LEGAL = new Set([
  'requested>approved', 'requested>needs_review', 'requested>rejected', 'requested>cancelled',
  'needs_review>approved', 'needs_review>rejected',
  'approved>label_issued', 'approved>refund_pending', 'approved>cancelled',
  // Keep-it with store credit or a replacement: nothing ships back.
  'approved>credit_issued', 'approved>replacement_sent',
  'label_issued>in_transit', 'label_issued>cancelled', 'label_issued>expired',
  // Staff: received at the hub without a scan; label voided to reissue; expired approved by override.
  'label_issued>received', 'label_issued>approved', 'expired>approved',
  'in_transit>received', 'received>inspected',
  'inspected>refund_pending', 'inspected>replacement_sent', 'inspected>credit_issued',
  'refund_pending>refunded',
])
const TERMINAL: readonly ReturnStatus[] = ['refunded', 'replacement_sent', 'credit_issued', 'rejected', 'cancelled']

describe('return lifecycle', () => {
  test.each(RETURN_STATUSES.flatMap((from) => RETURN_STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const legal = LEGAL.has(`${from}>${to}`)
    expect(canTransition(from, to)).toBe(legal)
    if (legal) expect(() => assertTransition(from, to)).not.toThrow()
    else expect(() => assertTransition(from, to)).toThrow(AppError)
  })

  test('terminal states are exactly the ones with no way out', () => {
    expect([...RETURN_STATUSES.filter(isTerminal)].sort()).toEqual([...TERMINAL].sort())
  })

  test('an illegal move says what was attempted', () => {
    expect(() => assertTransition('refunded', 'refund_pending')).toThrow('A return that is refunded cannot become refund pending.')
  })
})
