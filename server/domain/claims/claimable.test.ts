import { describe, expect, test } from 'vitest'
import { CHANGE_OF_MIND_REASONS, FAULT_REASONS } from '@/server/domain/policy/policy-types'
import { assertClaimTransition, assertRecoveredAmount, isClaimable } from './claimable'

describe('isClaimable', () => {
  test('uninspected items: every fault reason is claimable, no change-of-mind reason is', () => {
    for (const reason of FAULT_REASONS) expect(isClaimable({ reason, grade: null }), reason).toBe(true)
    for (const reason of CHANGE_OF_MIND_REASONS) expect(isClaimable({ reason, grade: null }), reason).toBe(false)
  })

  test('the inspection overrides the reason both ways', () => {
    expect(isClaimable({ reason: 'doesnt_fit', grade: 'wrong_item' })).toBe(true)
    expect(isClaimable({ reason: 'didnt_like', grade: 'defect' })).toBe(true)
    expect(isClaimable({ reason: 'other', grade: 'missing_parts' })).toBe(true)
    expect(isClaimable({ reason: 'damaged', grade: 'damaged_by_customer' })).toBe(false)
  })

  test('a neutral grade leaves the reason to decide', () => {
    expect(isClaimable({ reason: 'damaged', grade: 'as_described' })).toBe(true)
    expect(isClaimable({ reason: 'doesnt_fit', grade: 'as_described' })).toBe(false)
  })
})

describe('claim lifecycle', () => {
  test('open → sent → settled only', () => {
    expect(() => assertClaimTransition('open', 'sent')).not.toThrow()
    expect(() => assertClaimTransition('sent', 'settled')).not.toThrow()
    expect(() => assertClaimTransition('open', 'settled')).toThrow(/open cannot be marked settled/)
    expect(() => assertClaimTransition('sent', 'sent')).toThrow()
    expect(() => assertClaimTransition('settled', 'sent')).toThrow()
    expect(() => assertClaimTransition('settled', 'open')).toThrow()
  })

  test('the amount recovered is whole, not negative, and at most what was claimed', () => {
    expect(() => assertRecoveredAmount(0, 100)).not.toThrow()
    expect(() => assertRecoveredAmount(100, 100)).not.toThrow()
    expect(() => assertRecoveredAmount(101, 100)).toThrow(/more than/)
    expect(() => assertRecoveredAmount(-1, 100)).toThrow(/at least 0/)
    expect(() => assertRecoveredAmount(1.5, 100)).toThrow(/whole/)
  })
})
