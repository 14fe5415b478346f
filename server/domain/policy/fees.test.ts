import { describe, expect, test } from 'vitest'
import { computeFees } from './fees'
import { daysAgo, evaluate, first, line, order, policyWith, regionsWith } from './test-kit.fixture'

const feePolicy = policyWith({
  regions: regionsWith('eu', { returnShippingFee: { EUR: 500 } }).map((r) => (r.id === 'us' ? { ...r, returnShippingFee: { USD: 700 } } : r)),
})
const usOrder = (lines = [line({ currency: 'USD' })]) =>
  order({ shipCountry: 'US', currency: 'USD', pricesIncludeTax: false, deliveredAt: daysAgo(5), lines })

describe('fees by reason and region', () => {
  test('change of mind pays the region fee: €5 in the EU, $7 in the US; the shopper pays the label', () => {
    const eu = first(evaluate({ policy: feePolicy }))
    expect(eu).toMatchObject({ labelPaidBy: 'shopper', amounts: { returnShippingFee: 500, due: 4500 } })
    const us = first(evaluate({ policy: feePolicy, order: usOrder() }))
    expect(us).toMatchObject({ labelPaidBy: 'shopper', amounts: { returnShippingFee: 700, due: 4300 } })
    expect(us.notes).toContainEqual({ code: 'return_shipping_fee', params: { amount: { amount: 700, currency: 'USD' } } })
  })

  test('a zero fee means the merchant pays the label', () => {
    expect(first(evaluate())).toMatchObject({ labelPaidBy: 'merchant', amounts: { returnShippingFee: 0, due: 5000 } })
  })

  test('an order currency missing from the fee table is charged nothing', () => {
    const gbpInEu = order({ currency: 'GBP', lines: [line({ currency: 'GBP' })] })
    expect(first(evaluate({ policy: feePolicy, order: gbpInEu })).amounts.returnShippingFee).toBe(0)
  })

  test('faults ship free with the original shipping refunded', () => {
    const o = order({ shippingAmount: { amount: 490, currency: 'EUR' } })
    const decision = evaluate({ policy: feePolicy, order: o, items: [{ lineId: 'L1', quantity: 1, reason: 'wrong_item', photoCount: 1 }] })
    expect(first(decision)).toMatchObject({ labelPaidBy: 'merchant', amounts: { fees: 0 } })
    expect(decision.totals).toMatchObject({ feesAmount: 0, shippingRefundAmount: 490, refundAmount: 5490 })
  })

  test('the fee is charged once per request and split by value with allocate', () => {
    const lines = [line({ id: 'A', price: 8900 }), line({ id: 'B', sku: 'SKU-2', price: 1900 })]
    const decision = evaluate({ policy: feePolicy, order: order({ lines }) })
    // 500 × 89/108 = 412.04 and 500 × 19/108 = 87.96: the odd cent goes to the larger remainder.
    expect(decision.lines.map((l) => l.amounts.returnShippingFee)).toEqual([412, 88])
    expect(decision.totals.returnShippingFee).toBe(500)
  })

  test('in a mixed request only the change-of-mind lines carry the fee', () => {
    const lines = [line({ id: 'A', price: 3000 }), line({ id: 'B', sku: 'SKU-2', price: 2000 })]
    const decision = evaluate({
      policy: feePolicy,
      order: order({ lines }),
      items: [
        { lineId: 'A', quantity: 1, reason: 'damaged', photoCount: 2 },
        { lineId: 'B', quantity: 1, reason: 'no_longer_needed' },
      ],
    })
    expect(decision.lines.map((l) => l.amounts.returnShippingFee)).toEqual([0, 500])
    expect(decision.lines.map((l) => l.labelPaidBy)).toEqual(['merchant', 'shopper'])
  })

  test('exchanges and replacements carry no fees', () => {
    const decision = evaluate({ policy: policyWith({ ...feePolicy, restockingFeeBps: 1000 }), resolution: 'exchange' })
    expect(decision.totals).toMatchObject({ feesAmount: 0, refundAmount: 0, valueDue: 5000 })
    expect(first(decision).labelPaidBy).toBe('merchant')
  })
})

describe('restocking fee', () => {
  const policy = policyWith({
    itemRules: [{ id: 'tech', categories: ['tech'], restockingFeeBps: 1500 }],
    suppliers: [{ code: 'sup-a', acceptsReturns: true, restockingFeeBps: 2000 }, { code: 'sup-b', acceptsReturns: true, restockingFeeBps: 500 }],
  })
  // Day 20 in Germany: past the statutory 14 days, so merchant terms apply.
  const de = (l: ReturnType<typeof line>) => order({ deliveredAt: daysAgo(20), lines: [l] })

  test('by category, in basis points of the item value after discount, rounded down', () => {
    const l = first(evaluate({ policy, order: de(line({ category: 'tech', price: 3333, discountAmount: { amount: 333, currency: 'EUR' } })) }))
    expect(l.amounts.restockingFee).toBe(450)
    expect(l.notes).toContainEqual({ code: 'restocking_fee', params: { amount: { amount: 450, currency: 'EUR' }, bps: 1500 } })
  })

  test('the supplier fee applies when it is higher than the category fee', () => {
    expect(first(evaluate({ policy, order: de(line({ category: 'tech', supplierCode: 'sup-a' })) })).amounts.restockingFee).toBe(1000)
    expect(first(evaluate({ policy, order: de(line({ category: 'tech', supplierCode: 'sup-b' })) })).amounts.restockingFee).toBe(750)
  })

  test('never on faults', () => {
    const items = [{ lineId: 'L1', quantity: 1, reason: 'defective' as const, photoCount: 1 }]
    expect(first(evaluate({ policy, order: de(line({ category: 'tech' })), items })).amounts.restockingFee).toBe(0)
  })
})

describe('fee caps', () => {
  test('fees never exceed the item value: shipping first, then restocking, the rest is waived', () => {
    const policy = policyWith({ regions: regionsWith('us', { returnShippingFee: { USD: 800 } }), restockingFeeBps: 5000 })
    const l = first(evaluate({ policy, order: usOrder([line({ currency: 'USD', price: 1000, taxAmount: { amount: 80, currency: 'USD' } })]) }))
    expect(l.amounts).toMatchObject({ returnShippingFee: 800, restockingFee: 200, fees: 1000, due: 80 })
    expect(l.notes).toContainEqual({ code: 'fee_capped', params: { cap: { amount: 1000, currency: 'USD' } } })
  })

  test('computeFees: a share larger than the item is cut, and nothing is negative', () => {
    const result = computeFees(
      [
        { itemValue: 100, charged: true, restockingFeeBps: 10_000 },
        { itemValue: 0, charged: true, restockingFeeBps: 0 },
        { itemValue: 900, charged: false, restockingFeeBps: 5000 },
      ],
      2000,
    )
    expect(result).toEqual([
      { returnShipping: 100, restocking: 0, capped: true },
      { returnShipping: 0, restocking: 0, capped: false },
      { returnShipping: 0, restocking: 0, capped: false },
    ])
  })

  test('computeFees: items worth nothing carry no fee', () => {
    expect(computeFees([{ itemValue: 0, charged: true, restockingFeeBps: 0 }], 500)).toEqual([{ returnShipping: 0, restocking: 0, capped: false }])
  })
})
