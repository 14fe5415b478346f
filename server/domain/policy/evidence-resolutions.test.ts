import { describe, expect, test } from 'vitest'
import { daysAgo, evaluate, first, line, order, policyWith } from './test-kit.fixture'

// Day 20 in Germany: merchant terms apply (past the statutory 14 days).
const de20 = order({ deliveredAt: daysAgo(20) })
const damaged = (photoCount?: number) => [{ lineId: 'L1', quantity: 1, reason: 'damaged' as const, photoCount }]

describe('photo evidence', () => {
  const policy = policyWith({ evidence: { minPhotos: 2, maxPhotos: 4 } })

  test('damaged, defective and wrong item need photos by default; change of mind does not', () => {
    const defaults = policyWith()
    for (const reason of ['damaged', 'defective', 'wrong_item'] as const) {
      expect(first(evaluate({ policy: defaults, order: de20, items: [{ lineId: 'L1', quantity: 1, reason }] })).photos.required).toBe(true)
    }
    for (const reason of ['not_as_described', 'doesnt_fit'] as const) {
      expect(first(evaluate({ policy: defaults, order: de20, items: [{ lineId: 'L1', quantity: 1, reason }] })).photos.required).toBe(false)
    }
  })

  test('before the upload the line is eligible but not ready to submit', () => {
    const decision = evaluate({ policy, order: de20, items: damaged() })
    expect(first(decision)).toMatchObject({ eligible: true, photos: { required: true, min: 2, max: 4, satisfied: false } })
    expect(decision.readyToSubmit).toBe(false)
  })

  test('too few photos: not accepted, with min and max', () => {
    const l = first(evaluate({ policy, order: de20, items: damaged(1) }))
    expect(l).toMatchObject({ eligible: false, code: 'photos_required', basis: null, amounts: { due: 0 } })
    expect(l.explanation.params).toEqual({ min: 2, max: 4, provided: 1 })
  })

  test('between min and max is accepted; more than max is not', () => {
    expect(evaluate({ policy, order: de20, items: damaged(2) })).toMatchObject({ readyToSubmit: true, outcome: 'approve' })
    expect(evaluate({ policy, order: de20, items: damaged(4) }).readyToSubmit).toBe(true)
    expect(first(evaluate({ policy, order: de20, items: damaged(5) })).explanation).toEqual({ code: 'too_many_photos', params: { max: 4, provided: 5 } })
  })
})

describe('resolutions per reason', () => {
  const policy = policyWith({
    resolutions: {
      fault: ['refund', 'replacement'],
      changeOfMind: ['store_credit', 'exchange'],
      byReason: { wrong_item: ['replacement'] },
      storeCreditBonusBps: 1000,
      refundTiming: { refund: 'on_inspection', replacement: 'on_first_scan', store_credit: 'immediate' },
    },
  })

  test('allowed resolutions follow the reason group, with per-reason overrides', () => {
    expect(first(evaluate({ policy, order: de20, items: damaged(1) })).allowedResolutions).toEqual(['refund', 'replacement'])
    const wrong = first(evaluate({ policy, order: de20, items: [{ lineId: 'L1', quantity: 1, reason: 'wrong_item', photoCount: 1 }] }))
    expect(wrong).toMatchObject({ eligible: false, code: 'resolution_not_allowed', allowedResolutions: ['replacement'] })
    expect(wrong.explanation.params).toEqual({ resolution: 'refund', allowed: ['replacement'] })
    expect(first(evaluate({ policy, order: de20 })).code).toBe('resolution_not_allowed')
  })

  test('refund timing follows the resolution', () => {
    expect(evaluate({ policy, order: de20, items: damaged(1) }).refundTiming).toBe('on_inspection')
    expect(evaluate({ policy, order: de20, items: damaged(1), resolution: 'replacement' }).refundTiming).toBe('on_first_scan')
    expect(evaluate({ policy, order: de20, resolution: 'store_credit' }).refundTiming).toBe('immediate')
  })

  test('store credit pays a bonus on top and refunds nothing to the card', () => {
    const decision = evaluate({ policy, order: order({ deliveredAt: daysAgo(20), lines: [line({ price: 4999 })] }), resolution: 'store_credit' })
    expect(decision.totals).toMatchObject({ valueDue: 4999, storeCreditBonus: 499, storeCreditAmount: 5498, refundAmount: 0 })
    expect(decision.notes).toContainEqual({ code: 'store_credit_bonus', params: { amount: { amount: 499, currency: 'EUR' }, bps: 1000 } })
  })

  test('a replacement refunds nothing and charges nothing', () => {
    const decision = evaluate({ policy, order: de20, items: damaged(1), resolution: 'replacement' })
    expect(decision.totals).toMatchObject({ refundAmount: 0, storeCreditAmount: 0, feesAmount: 0, shippingRefundAmount: 0 })
  })
})
