import { describe, expect, test } from 'vitest'
import { customer, daysAgo, evaluate, first, line, NOW, order, policyWith, regionsWith } from './test-kit.fixture'

const us = (deliveredDaysAgo: number, changes: Parameters<typeof order>[0] = {}) =>
  order({ shipCountry: 'US', currency: 'USD', pricesIncludeTax: false, deliveredAt: daysAgo(deliveredDaysAgo), lines: [line({ currency: 'USD' })], ...changes })

describe('return window by region', () => {
  test('US 30-day window is open on day 30 and closed on day 31', () => {
    const day30 = first(evaluate({ order: us(30) }))
    expect(day30).toMatchObject({ eligible: true, code: 'eligible', basis: 'merchant_policy', windowEndsOn: '2025-10-20' })
    const day31 = first(evaluate({ order: us(31) }))
    expect(day31).toMatchObject({ eligible: false, code: 'window_closed', windowEndsOn: '2025-10-19' })
    expect(day31.explanation).toEqual({ code: 'window_closed', params: { windowEndsOn: '2025-10-19' } })
  })

  test('each region has its own window, picked by ship-to country', () => {
    const policy = policyWith({ regions: regionsWith('us', { returnWindowDays: 45 }) })
    expect(first(evaluate({ policy, order: us(40) })).eligible).toBe(true)
    expect(first(evaluate({ policy, order: order({ shipCountry: 'GB', currency: 'GBP', lines: [line({ currency: 'GBP' })], deliveredAt: daysAgo(40) }) })).code).toBe('window_closed')
  })

  test('an unlisted country falls back to the default region', () => {
    const policy = policyWith({ defaultRegion: { id: 'world', returnWindowDays: 60, transitAllowanceDays: 10 } })
    const decision = evaluate({ policy, order: order({ shipCountry: 'AU', currency: 'AUD', lines: [line({ currency: 'AUD' })], deliveredAt: daysAgo(50) }) })
    expect(decision.regionId).toBe('world')
    expect(first(decision).eligible).toBe(true)
  })

  test('windows count whole UTC days: delivered at 23:59 UTC still counts from that day', () => {
    const lateDelivery = order({ shipCountry: 'US', currency: 'USD', deliveredAt: '2025-09-20T23:59:00Z', lines: [line({ currency: 'USD' })] })
    expect(first(evaluate({ order: lateDelivery, now: new Date('2025-10-20T23:59:59Z') })).code).toBe('eligible')
    expect(first(evaluate({ order: lateDelivery, now: new Date('2025-10-21T00:00:00Z') })).code).toBe('window_closed')
  })
})

describe('item overrides', () => {
  const itemRules = [
    { id: 'gadgets', categories: ['gadgets'], returnWindowDays: 7 },
    { id: 'one-speaker', skus: ['SPK-1'], returnWindowDays: 21 },
    { id: 'us-shoes', categories: ['shoes'], regionIds: ['us'], returnWindowDays: 60 },
  ]
  const policy = policyWith({ itemRules })

  test('a category rule shortens the window', () => {
    const decision = evaluate({ policy, order: us(8, { lines: [line({ currency: 'USD', category: 'gadgets' })] }) })
    expect(first(decision)).toMatchObject({ code: 'window_closed', windowEndsOn: '2025-10-19' })
  })

  test('a SKU rule beats its category rule', () => {
    const decision = evaluate({ policy, order: us(20, { lines: [line({ currency: 'USD', category: 'gadgets', sku: 'SPK-1' })] }) })
    expect(first(decision)).toMatchObject({ code: 'eligible', windowEndsOn: '2025-10-21' })
  })

  test('a rule limited to a region applies only there', () => {
    const shoes = (country: string, currency: string) =>
      order({ shipCountry: country, currency, deliveredAt: daysAgo(45), lines: [line({ currency, category: 'shoes' })] })
    expect(first(evaluate({ policy, order: shoes('US', 'USD') })).eligible).toBe(true)
    expect(first(evaluate({ policy, order: shoes('AU', 'AUD') })).code).toBe('window_closed')
  })
})

describe('delivery date', () => {
  test('without a delivery scan the window starts at shipment plus the region transit allowance', () => {
    // US transit allowance is 6 days: shipped 36 days ago → assumed delivered 30 days ago → last day today.
    const decision = evaluate({ order: us(0, { deliveredAt: null, shippedAt: daysAgo(36) }) })
    expect(first(decision)).toMatchObject({ eligible: true, windowEndsOn: '2025-10-20' })
    expect(first(decision).notes).toContainEqual({ code: 'assumed_delivery', params: { deliveredOn: '2025-09-20', transitDays: 6 } })
    expect(first(evaluate({ order: us(0, { deliveredAt: null, shippedAt: daysAgo(37) }) })).code).toBe('window_closed')
  })

  test('shipped but still within the transit allowance: not delivered yet, with the expected day', () => {
    const decision = evaluate({ order: us(0, { deliveredAt: null, shippedAt: daysAgo(2) }) })
    expect(first(decision)).toMatchObject({ eligible: false, code: 'not_delivered', windowEndsOn: null })
    expect(first(decision).explanation.params).toEqual({ expectedOn: '2025-10-24' })
    expect(decision.outcome).toBe('reject')
  })

  test('neither shipped nor delivered: not delivered, no expected day, even for a fault', () => {
    const decision = evaluate({
      order: us(0, { deliveredAt: null, shippedAt: null }),
      items: [{ lineId: 'L1', quantity: 1, reason: 'defective', photoCount: 2 }],
    })
    expect(first(decision).explanation).toEqual({ code: 'not_delivered', params: { expectedOn: null } })
  })

  test('a delivery date after the request date counts as not delivered', () => {
    expect(first(evaluate({ order: us(0, { deliveredAt: new Date(NOW.getTime() + 60_000) }) })).code).toBe('not_delivered')
  })
})

describe('supplier window', () => {
  const policy = policyWith({
    suppliers: [{ code: 'sup-a', acceptsReturns: true, returnWindowDays: 14 }],
  })
  const supplied = (days: number) => us(days, { lines: [line({ currency: 'USD', supplierCode: 'sup-a' })] })

  test('cuts the merchant window short for change of mind', () => {
    expect(first(evaluate({ policy, order: supplied(14) }))).toMatchObject({ code: 'eligible', windowEndsOn: '2025-10-20' })
    expect(first(evaluate({ policy, order: supplied(15) }))).toMatchObject({ code: 'supplier_window_closed', windowEndsOn: '2025-10-19' })
  })

  test('does not limit faults', () => {
    const decision = evaluate({ policy, order: supplied(100), items: [{ lineId: 'L1', quantity: 1, reason: 'damaged', photoCount: 1 }] })
    expect(first(decision).code).toBe('eligible_fault')
  })

  test('a supplier missing from the policy adds no limits', () => {
    const decision = evaluate({ policy, order: us(25, { lines: [line({ currency: 'USD', supplierCode: 'unknown' })] }), customer: customer() })
    expect(first(decision)).toMatchObject({ code: 'eligible', destination: 'hub' })
  })
})
