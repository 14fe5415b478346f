import { describe, expect, test } from 'vitest'
import { customer, daysAgo, evaluate, first, line, order, policyWith } from './test-kit.fixture'

const policy = policyWith({
  review: { valueAbove: { EUR: 30000 }, maxReturns: { count: 3, periodDays: 90 } },
  suppliers: [{ code: 'picky', acceptsReturns: true, approvalRequired: true, returnsTo: 'supplier_address' }],
  keepIt: { enabled: true, valueBelow: { EUR: 1000 } },
})

describe('review triggers', () => {
  test('a normal request is approved automatically', () => {
    expect(evaluate({ policy })).toMatchObject({ outcome: 'approve', review: { required: false, reasons: [] } })
  })

  test('request value above the threshold (after discount) needs review', () => {
    expect(evaluate({ policy, order: order({ lines: [line({ price: 30001 })] }) }).review.reasons).toEqual(['high_value'])
    expect(evaluate({ policy, order: order({ lines: [line({ price: 30000 })] }) }).review.required).toBe(false)
    const discounted = order({ lines: [line({ price: 31000, discountAmount: { amount: 1000, currency: 'EUR' } })] })
    expect(evaluate({ policy, order: discounted }).review.required).toBe(false)
  })

  test('a blocked customer needs review; the return stays eligible', () => {
    const decision = evaluate({ policy, customer: customer({ blocked: true }) })
    expect(decision).toMatchObject({ outcome: 'review', review: { reasons: ['blocked_customer'] } })
    expect(first(decision)).toMatchObject({ eligible: true, review: { required: true, reasons: ['blocked_customer'] } })
  })

  test('more than 3 returns in 90 days (this one included) needs review', () => {
    const three = customer({ pastReturns: [daysAgo(1), daysAgo(30), daysAgo(89)] })
    expect(evaluate({ policy, customer: three }).review.reasons).toEqual(['frequent_returner'])
    const twoRecent = customer({ pastReturns: [daysAgo(1), daysAgo(30), daysAgo(91)] })
    expect(evaluate({ policy, customer: twoRecent }).review.required).toBe(false)
  })

  test('a supplier that must approve puts its lines, and the request, into review', () => {
    const lines = [line({ id: 'A', supplierCode: 'picky' }), line({ id: 'B', sku: 'SKU-2' })]
    const decision = evaluate({ policy, order: order({ lines }) })
    expect(decision.review.reasons).toEqual(['supplier_approval'])
    expect(decision.lines.map((l) => l.review.required)).toEqual([true, false])
    expect(decision.lines.map((l) => l.destination)).toEqual(['supplier_address', 'hub'])
  })

  test('no supplier approval when nothing ships (keep-it)', () => {
    const decision = evaluate({ policy, order: order({ lines: [line({ supplierCode: 'picky', price: 900 })] }) })
    expect(decision).toMatchObject({ keepIt: true, outcome: 'approve' })
  })

  test('nothing eligible: rejected, no review', () => {
    const decision = evaluate({ policy, customer: customer({ blocked: true }), order: order({ deliveredAt: daysAgo(60) }) })
    expect(decision).toMatchObject({ outcome: 'reject', review: { required: false }, refundTiming: null, readyToSubmit: false })
  })
})
