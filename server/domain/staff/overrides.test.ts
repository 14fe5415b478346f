import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { RETURN_STATUSES } from '@/server/domain/return-lifecycle'
import { assertOverrideAllowed, assertReason, changeFee, isOutOfWindow, OVERRIDE_KINDS, windowEndsOn } from './overrides'

describe('override reasons', () => {
  test.each([undefined, null, '', '   ', 'ok', '  why '])('%o is not a reason', (reason) => {
    expect(() => assertReason(reason)).toThrow(AppError)
  })
  test('a real reason is kept, trimmed', () => {
    expect(assertReason('  Customer was in hospital  ')).toBe('Customer was in hospital')
  })
})

describe('where overrides are allowed', () => {
  test('never once the money has moved or the return is closed', () => {
    for (const kind of OVERRIDE_KINDS) {
      for (const status of ['refund_pending', 'refunded', 'rejected', 'cancelled', 'credit_issued', 'replacement_sent'] as const) {
        expect(() => assertOverrideAllowed(kind, status)).toThrow(AppError)
      }
    }
  })
  test('approve out of window only for a return waiting for review or expired', () => {
    const allowed = RETURN_STATUSES.filter((s) => {
      try {
        assertOverrideAllowed('approve_out_of_window', s)
        return true
      } catch {
        return false
      }
    })
    expect(allowed).toEqual(['needs_review', 'expired'])
  })
  test('keep-it only before the parcel is on its way', () => {
    expect(() => assertOverrideAllowed('keep_it', 'label_issued')).not.toThrow()
    expect(() => assertOverrideAllowed('keep_it', 'in_transit')).toThrow(AppError)
  })
})

describe('fee changes', () => {
  const base = { originalFee: 495, currentFee: 495, refundAmount: 8405 }
  test('waiving the fee gives it back in the refund', () => {
    expect(changeFee({ ...base, newFee: 0 })).toEqual({ feesAmount: 0, refundAmount: 8900 })
  })
  test('lowering it gives back the difference; raising it back is allowed up to the original', () => {
    expect(changeFee({ ...base, newFee: 200 })).toEqual({ feesAmount: 200, refundAmount: 8700 })
    expect(changeFee({ originalFee: 495, currentFee: 0, refundAmount: 8900, newFee: 495 })).toEqual({ feesAmount: 495, refundAmount: 8405 })
  })
  test.each([-1, 496, 1.5])('%s is outside 0..original', (newFee) => {
    expect(() => changeFee({ ...base, newFee })).toThrow('The fee must be between 0 and the original 495 (minor units).')
  })
  test('no change is refused', () => {
    expect(() => changeFee({ ...base, newFee: 495 })).toThrow(AppError)
  })
})

describe('return windows from the stored decision', () => {
  const decision = { lines: [{ windowEndsOn: '2026-03-31' }, { windowEndsOn: '2026-03-14' }, { windowEndsOn: null }] }
  test('the earliest line decides', () => {
    expect(windowEndsOn(decision)).toBe('2026-03-14')
    expect(windowEndsOn(null)).toBeNull()
    expect(windowEndsOn({ lines: [] })).toBeNull()
  })
  test('out of window from the day after, in UTC', () => {
    expect(isOutOfWindow(decision, new Date('2026-03-14T23:59:59Z'))).toBe(false)
    expect(isOutOfWindow(decision, new Date('2026-03-15T00:00:00Z'))).toBe(true)
    expect(isOutOfWindow(null, new Date('2030-01-01T00:00:00Z'))).toBe(false)
  })
})
