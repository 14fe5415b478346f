import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DIMENSIONS, NONE_KEY, type ReturnCell, rollUp, type SalesCell, shopTally, topReasonsByProduct } from './rollup'

const sale = (over: Partial<SalesCell> & { unitsSold: number }): SalesCell => ({ sku: 'MUG', product: 'Mug', supplierId: 'gz', country: 'DE', ...over })
const ret = (over: Partial<ReturnCell> & { unitsReturned: number; refundAmount: number }): ReturnCell => ({
  sku: 'MUG', product: 'Mug', supplierId: 'gz', country: 'DE', hubId: 'venlo', reason: 'damaged', currency: 'EUR', ...over,
})

// A shop: mugs from GZ at 25% returned (the packaging story), sweaters from PT at 5%.
const SALES = [
  sale({ unitsSold: 60 }),
  sale({ country: 'GB', unitsSold: 20 }),
  sale({ sku: 'SWT-M', product: 'Sweater', supplierId: 'pt', unitsSold: 100 }),
  sale({ sku: 'SWT-S', product: 'Sweater', supplierId: 'pt', unitsSold: 100 }),
  sale({ sku: 'SOCK', product: 'Socks', supplierId: null, country: 'US', unitsSold: 20 }),
]
const RETURNS = [
  ret({ unitsReturned: 15, refundAmount: 15 * 1600 }),
  ret({ country: 'GB', hubId: 'northampton', currency: 'GBP', unitsReturned: 5, refundAmount: 5 * 1400 }),
  ret({ sku: 'SWT-M', product: 'Sweater', supplierId: 'pt', reason: 'doesnt_fit', unitsReturned: 6, refundAmount: 6 * 8900 }),
  ret({ sku: 'SWT-S', product: 'Sweater', supplierId: 'pt', reason: 'didnt_like', hubId: null, unitsReturned: 4, refundAmount: 4 * 8900 }),
]

describe('rollUp', () => {
  test('by supplier: rates, refunds per currency, and the flag on the supplier well above the shop', () => {
    // Shop: 30 of 300 units = 10%.
    expect(shopTally(SALES, RETURNS)).toEqual({ unitsSold: 300, unitsReturned: 30 })
    expect(rollUp('supplier', SALES, RETURNS)).toEqual([
      { key: 'gz', unitsSold: 80, unitsReturned: 20, returnRate: 0.25, refundCost: [{ currency: 'EUR', amount: 24_000 }, { currency: 'GBP', amount: 7000 }], flagged: true },
      { key: 'pt', unitsSold: 200, unitsReturned: 10, returnRate: 0.05, refundCost: [{ currency: 'EUR', amount: 89_000 }], flagged: false },
      { key: NONE_KEY, unitsSold: 20, unitsReturned: 0, returnRate: 0, refundCost: [], flagged: false },
    ])
  })

  test('by product and SKU: products add up their variants; only products are flagged, never SKUs', () => {
    const products = rollUp('product', SALES, RETURNS)
    expect(products.map((r) => [r.key, r.unitsSold, r.unitsReturned, r.flagged])).toEqual([
      ['Mug', 80, 20, true],
      ['Sweater', 200, 10, false],
      ['Socks', 20, 0, false],
    ])
    expect(rollUp('sku', SALES, RETURNS).map((r) => [r.key, r.returnRate, r.flagged])).toEqual([
      ['MUG', 0.25, false],
      ['SWT-M', 0.06, false],
      ['SWT-S', 0.04, false],
      ['SOCK', 0, false],
    ])
  })

  test('by reason: share of all units sold; by hub: no rate (sales have no hub), keep-its under "(none)"', () => {
    expect(rollUp('reason', SALES, RETURNS).map((r) => [r.key, r.unitsSold, r.unitsReturned, r.returnRate])).toEqual([
      ['damaged', 300, 20, 20 / 300],
      ['doesnt_fit', 300, 6, 6 / 300],
      ['didnt_like', 300, 4, 4 / 300],
    ])
    expect(rollUp('hub', SALES, RETURNS).map((r) => [r.key, r.unitsSold, r.unitsReturned, r.returnRate, r.flagged])).toEqual([
      ['venlo', null, 21, null, false],
      ['northampton', null, 5, null, false],
      [NONE_KEY, null, 4, null, false],
    ])
  })

  test('by country', () => {
    expect(rollUp('country', SALES, RETURNS).map((r) => [r.key, r.unitsSold, r.unitsReturned])).toEqual([
      ['GB', 20, 5],
      ['DE', 260, 25],
      ['US', 20, 0],
    ])
  })

  test('an empty shop has no rows', () => {
    for (const dimension of DIMENSIONS) expect(rollUp(dimension, [], [])).toEqual([])
  })

  test('for every dimension, the rows add up to the shop: no unit or cent is lost or counted twice', () => {
    const cell = fc.record({
      sku: fc.constantFrom('A', 'B', 'C'),
      supplierId: fc.constantFrom('s1', 's2', null),
      country: fc.constantFrom('DE', 'US'),
    })
    const salesArb = fc.array(fc.tuple(cell, fc.integer({ min: 0, max: 50 })), { maxLength: 12 })
    const returnsArb = fc.array(
      fc.tuple(cell, fc.constantFrom('h1', null), fc.constantFrom('damaged', 'doesnt_fit'), fc.constantFrom('EUR', 'USD'), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 10_000 })),
      { maxLength: 12 },
    )
    fc.assert(
      fc.property(salesArb, returnsArb, (rawSales, rawReturns) => {
        const sales = rawSales.map(([c, unitsSold]) => ({ ...c, product: `P-${c.sku}`, unitsSold }))
        const returns = rawReturns.map(([c, hubId, reason, currency, unitsReturned, refundAmount]) => ({ ...c, product: `P-${c.sku}`, hubId, reason, currency, unitsReturned, refundAmount }))
        const shop = shopTally(sales, returns)
        for (const dimension of DIMENSIONS) {
          const rows = rollUp(dimension, sales, returns)
          expect(rows.reduce((s, r) => s + r.unitsReturned, 0)).toBe(shop.unitsReturned)
          const refunds = rows.flatMap((r) => r.refundCost).reduce((s, m) => s + m.amount, 0)
          expect(refunds).toBe(returns.reduce((s, r) => s + r.refundAmount, 0))
          if (dimension !== 'reason' && dimension !== 'hub') expect(rows.reduce((s, r) => s + (r.unitsSold ?? 0), 0)).toBe(shop.unitsSold)
          expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length)
        }
      }),
    )
  })
})

describe('topReasonsByProduct', () => {
  test('lists the commonest reasons per product, most returned product first', () => {
    expect(topReasonsByProduct(RETURNS, 2)).toEqual([
      { product: 'Mug', reasons: [{ reason: 'damaged', units: 20 }] },
      { product: 'Sweater', reasons: [{ reason: 'doesnt_fit', units: 6 }, { reason: 'didnt_like', units: 4 }] },
    ])
    expect(topReasonsByProduct(RETURNS, 1)[1]).toEqual({ product: 'Sweater', reasons: [{ reason: 'doesnt_fit', units: 6 }] })
  })

  test('breaks ties by reason name, so the order never flickers', () => {
    const tied = [ret({ reason: 'defective', unitsReturned: 2, refundAmount: 0 }), ret({ reason: 'damaged', unitsReturned: 2, refundAmount: 0 })]
    expect(topReasonsByProduct(tied)[0]!.reasons.map((r) => r.reason)).toEqual(['damaged', 'defective'])
  })
})
