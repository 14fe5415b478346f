import { describe, expect, test } from 'vitest'
import { bpsOf, exceedsShare, mulDivFloor, prorate } from './amounts'
import { daysAgo, evaluate, first, line, order } from './test-kit.fixture'

const eur = (amount: number) => ({ amount, currency: 'EUR' })
const usd = (amount: number) => ({ amount, currency: 'USD' })

describe('integer helpers', () => {
  test('prorate gives units their share with cumulative floors', () => {
    expect([0, 1, 2].map((from) => prorate(100, 3, from, 1))).toEqual([33, 33, 34])
    expect(prorate(100, 3, 0, 3)).toBe(100)
    expect(prorate(100, 3, 1, 2)).toBe(67)
  })

  test('stays exact beyond 2^53 intermediate products', () => {
    const big = 2 ** 52
    expect(mulDivFloor(big, 7, 7)).toBe(big)
    expect(prorate(big, 3, 1, 1)).toBe(Number((2n * BigInt(big)) / 3n - BigInt(big) / 3n))
    expect(exceedsShare(big, big, 10_000)).toBe(false)
    expect(bpsOf(1999, 1500)).toBe(299)
  })
})

describe('refund amounts', () => {
  test('an item bought under an order discount refunds at the discounted price', () => {
    // €100 order with €20 off, allocated 900/600/500 to lines of €45, €30 and €25.
    const lines = [
      line({ id: 'A', price: 4500, discountAmount: eur(900) }),
      line({ id: 'B', sku: 'B', price: 3000, discountAmount: eur(600) }),
      line({ id: 'C', sku: 'C', price: 2500, discountAmount: eur(500) }),
    ]
    const one = evaluate({ order: order({ lines }), items: [{ lineId: 'C', quantity: 1, reason: 'doesnt_fit' }] })
    expect(one.totals).toMatchObject({ itemsAmount: 2500, discountAmount: 500, refundAmount: 2000 })
  })

  test('tax is added back only when prices exclude it', () => {
    const lines = [line({ currency: 'USD', price: 10000, quantity: 2, taxAmount: usd(1650) })]
    const us = evaluate({ order: order({ shipCountry: 'US', currency: 'USD', pricesIncludeTax: false, lines }) })
    expect(us.totals).toMatchObject({ taxAmount: 825, taxIncluded: false, refundAmount: 10825 })
    const de = evaluate({ order: order({ lines: [line({ price: 11900, taxAmount: eur(1900) })] }) })
    expect(de.totals).toMatchObject({ taxAmount: 1900, taxIncluded: true, refundAmount: 11900 })
  })

  test('partial quantities: 2 of 3 units, then the last one, add up to the line exactly', () => {
    const base = line({ price: 3333, quantity: 3, discountAmount: eur(1000), taxAmount: eur(1001) })
    const o = (returned: number) => order({ shipCountry: 'US', currency: 'EUR', pricesIncludeTax: false, lines: [{ ...base, returnedQuantity: returned }] })
    const firstTwo = evaluate({ order: o(0), items: [{ lineId: 'L1', quantity: 2, reason: 'doesnt_fit' }] }).totals
    const last = evaluate({ order: o(2), items: [{ lineId: 'L1', quantity: 1, reason: 'doesnt_fit' }] }).totals
    expect(firstTwo).toMatchObject({ itemsAmount: 6666, discountAmount: 666, taxAmount: 667 })
    expect(last).toMatchObject({ itemsAmount: 3333, discountAmount: 334, taxAmount: 334 })
    expect(firstTwo.refundAmount + last.refundAmount).toBe(9999 - 1000 + 1001)
  })

  test('already-returned units cannot be returned again', () => {
    const o = order({ lines: [line({ quantity: 3, returnedQuantity: 2 })] })
    const tooMany = first(evaluate({ order: o, items: [{ lineId: 'L1', quantity: 2, reason: 'doesnt_fit' }] }))
    expect(tooMany.explanation).toEqual({ code: 'quantity_exceeds_remaining', params: { remaining: 1, requested: 2 } })
    expect(first(evaluate({ order: o })).eligible).toBe(true)
    const done = evaluate({ order: order({ lines: [line({ quantity: 3, returnedQuantity: 3 })] }) })
    expect(first(done).code).toBe('already_returned')
    expect(done.totals.refundAmount).toBe(0)
  })
})

describe('original shipping', () => {
  const shipping = eur(590)
  const two = [line({ id: 'A', quantity: 2 }), line({ id: 'B', sku: 'B' })]
  const fault = (lineId: string, quantity: number) => ({ lineId, quantity, reason: 'defective' as const, photoCount: 1 })

  test('refunded when every remaining unit comes back for a fault', () => {
    const decision = evaluate({ order: order({ shippingAmount: shipping, lines: two }), items: [fault('A', 2), fault('B', 1)] })
    expect(decision.totals).toMatchObject({ shippingRefundAmount: 590, refundAmount: 15590 })
    expect(decision.notes).toContainEqual({ code: 'shipping_refunded', params: { amount: shipping } })
  })

  test('counting units returned earlier: the last fault return completes the order', () => {
    const lines = [{ ...two[0]!, returnedQuantity: 1 }, { ...two[1]!, returnedQuantity: 1 }]
    const decision = evaluate({ order: order({ shippingAmount: shipping, lines }), items: [fault('A', 1)] })
    expect(decision.totals.shippingRefundAmount).toBe(590)
  })

  test('kept when something stays with the shopper or a line comes back on goodwill terms', () => {
    const o = order({ shippingAmount: shipping, lines: two })
    expect(evaluate({ order: o, items: [fault('A', 1), fault('B', 1)] }).totals.shippingRefundAmount).toBe(0)
    const late = order({ shippingAmount: shipping, lines: two, deliveredAt: daysAgo(20) })
    expect(evaluate({ order: late, items: [fault('A', 2), { lineId: 'B', quantity: 1, reason: 'doesnt_fit' }] }).totals.shippingRefundAmount).toBe(0)
  })

  test('refunded on a full statutory withdrawal (EU), not on a full change-of-mind return in the US', () => {
    const items = [
      { lineId: 'A', quantity: 2, reason: 'doesnt_fit' as const },
      { lineId: 'B', quantity: 1, reason: 'doesnt_fit' as const },
    ]
    expect(evaluate({ order: order({ shippingAmount: shipping, lines: two, deliveredAt: daysAgo(5) }), items }).totals.shippingRefundAmount).toBe(590)
    const usLines = two.map((l) => ({ ...l, unitPrice: usd(5000), taxAmount: usd(0), discountAmount: usd(0) }))
    const us = order({ shipCountry: 'US', currency: 'USD', shippingAmount: usd(590), lines: usLines, deliveredAt: daysAgo(5) })
    expect(evaluate({ order: us, items }).totals.shippingRefundAmount).toBe(0)
  })
})
