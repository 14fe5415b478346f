import { describe, expect, test } from 'vitest'
import { customer, daysAgo, evaluate, first, line, order, policyWith, regionsWith } from './test-kit.fixture'

const keepIt = {
  enabled: true,
  valueBelow: { USD: 1500, EUR: 1000 },
  shipCostShareBps: 5000,
  maxPerCustomer: { count: 2, periodDays: 365 },
  firstReturnOfSkuOnly: true,
}
const policy = policyWith({
  keepIt,
  regions: regionsWith('us', { returnShippingFee: { USD: 595 }, labelCostEstimate: { USD: 800 } }),
})
const usOrder = (prices: readonly number[]) =>
  order({
    shipCountry: 'US',
    currency: 'USD',
    pricesIncludeTax: false,
    deliveredAt: daysAgo(3),
    lines: prices.map((price, i) => line({ id: `L${i + 1}`, sku: `SKU-${i + 1}`, currency: 'USD', price, taxAmount: { amount: 80, currency: 'USD' } })),
  })

describe('keep-it', () => {
  test('below the value threshold: keep it, no label, no fee, immediate refund', () => {
    const decision = evaluate({ policy, order: usOrder([990]) })
    expect(decision).toMatchObject({ keepIt: true, keepItReason: 'below_value', refundTiming: 'immediate', outcome: 'approve' })
    expect(first(decision)).toMatchObject({ handling: 'keep', destination: 'none', labelPaidBy: 'none', refundTiming: 'immediate' })
    expect(decision.totals).toMatchObject({ returnShippingFee: 0, refundAmount: 1070 })
    expect(decision.notes).toContainEqual({ code: 'keep_it', params: { reason: 'below_value' } })
  })

  test('the threshold is on the whole request: two cheap items together ship', () => {
    const decision = evaluate({ policy, order: usOrder([990, 990]) })
    expect(decision.keepIt).toBe(false)
    expect(decision.lines.map((l) => l.handling)).toEqual(['ship', 'ship'])
  })

  test('when shipping back costs more than the share of the value, keep it', () => {
    // $8 label > 50 % of $15.99, but not of $16.00.
    expect(evaluate({ policy, order: usOrder([1599]) })).toMatchObject({ keepIt: true, keepItReason: 'ship_cost' })
    expect(evaluate({ policy, order: usOrder([1600]) }).keepIt).toBe(false)
  })

  test('ineligible lines do not count towards the value', () => {
    const o = usOrder([990, 5000])
    const decision = evaluate({ policy, order: { ...o, lines: [o.lines[0]!, { ...o.lines[1]!, returnedQuantity: 1 }] } })
    expect(decision.keepIt).toBe(true)
    expect(decision.lines.map((l) => l.handling)).toEqual(['keep', 'none'])
  })

  test('at most 2 keep-its per customer per 365 days; older ones do not count', () => {
    const twoRecent = customer({ pastKeepIts: [daysAgo(10), daysAgo(300)] })
    const decision = evaluate({ policy, order: usOrder([990]), customer: twoRecent })
    expect(decision.keepIt).toBe(false)
    expect(first(decision)).toMatchObject({ handling: 'ship', labelPaidBy: 'shopper', amounts: { returnShippingFee: 595 } })
    expect(decision.notes).toContainEqual({ code: 'keep_it_limit_reached', params: { count: 2, periodDays: 365 } })
    expect(evaluate({ policy, order: usOrder([990]), customer: customer({ pastKeepIts: [daysAgo(10), daysAgo(366)] }) }).keepIt).toBe(true)
  })

  test('only the first return of a SKU may be kept', () => {
    const decision = evaluate({ policy, order: usOrder([990]), customer: customer({ returnedSkus: ['SKU-1'] }) })
    expect(decision.keepIt).toBe(false)
    expect(decision.notes).toContainEqual({ code: 'keep_it_repeat_sku', params: { sku: 'SKU-1' } })
    const lenient = policyWith({ ...policy, keepIt: { ...keepIt, firstReturnOfSkuOnly: false } })
    expect(evaluate({ policy: lenient, order: usOrder([990]), customer: customer({ returnedSkus: ['SKU-1'] }) }).keepIt).toBe(true)
  })

  test('applies to faults too, but not when disabled or the currency has no threshold', () => {
    const items = [{ lineId: 'L1', quantity: 1, reason: 'damaged' as const, photoCount: 1 }]
    expect(evaluate({ policy, order: usOrder([990]), items }).keepIt).toBe(true)
    expect(evaluate({ policy: policyWith({ ...policy, keepIt: { ...keepIt, enabled: false } }), order: usOrder([990]) }).keepIt).toBe(false)
    const gbp = order({ shipCountry: 'US', currency: 'GBP', lines: [line({ currency: 'GBP', price: 500 })] })
    expect(evaluate({ policy, order: gbp }).keepIt).toBe(false)
  })
})
