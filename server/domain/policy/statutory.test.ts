import { describe, expect, test } from 'vitest'
import { customer, daysAgo, evaluate, first, line, order, policyWith, regionsWith } from './test-kit.fixture'

// A merchant that only gives 7 days everywhere, charges 20 % restocking and wants photos for
// every reason: the EU/EEA/UK floor must still hold.
const stingy = policyWith({
  defaultRegion: { id: 'world', returnWindowDays: 7, transitAllowanceDays: 10 },
  regions: regionsWith('eu', { returnWindowDays: 7 }).map((r) => ({ ...r, returnWindowDays: 7 })),
  restockingFeeBps: 2000,
  evidence: { photoReasons: ['doesnt_fit', 'damaged'], minPhotos: 2, maxPhotos: 4 },
  resolutions: { changeOfMind: ['store_credit'] },
})

const inCountry = (country: string, deliveredDaysAgo: number, changes: Parameters<typeof order>[0] = {}) => {
  const currency = country === 'GB' ? 'GBP' : country === 'US' ? 'USD' : country === 'CH' ? 'CHF' : 'EUR'
  return order({ shipCountry: country, currency, deliveredAt: daysAgo(deliveredDaysAgo), lines: [line({ currency })], ...changes })
}

describe('statutory 14-day withdrawal (EU, EEA, UK consumers)', () => {
  test('a 7-day policy still allows a French change-of-mind return on day 10', () => {
    const decision = evaluate({ policy: stingy, order: inCountry('FR', 10) })
    expect(first(decision)).toMatchObject({ eligible: true, code: 'eligible_statutory', basis: 'statutory_withdrawal', windowEndsOn: '2025-10-24' })
    expect(decision.statutoryRights).toBe(true)
  })

  test('day 14 is the last day (through 23:59:59 UTC); day 15 is closed with the statutory date shown', () => {
    const delivered = '2025-10-06T18:00:00Z'
    const fr = inCountry('FR', 0, { deliveredAt: delivered })
    expect(first(evaluate({ policy: stingy, order: fr, now: new Date('2025-10-20T23:59:59Z') })).code).toBe('eligible_statutory')
    const day15 = first(evaluate({ policy: stingy, order: fr, now: new Date('2025-10-21T00:00:00Z') }))
    expect(day15).toMatchObject({ eligible: false, code: 'window_closed', windowEndsOn: '2025-10-20' })
  })

  test('applies in the EEA outside the EU (Norway) and in the UK, not in Switzerland or the US', () => {
    for (const country of ['NO', 'IS', 'LI', 'GB', 'DE', 'IE']) {
      expect(first(evaluate({ policy: stingy, order: inCountry(country, 12) })).eligible, country).toBe(true)
    }
    for (const country of ['CH', 'US']) {
      expect(first(evaluate({ policy: stingy, order: inCountry(country, 12) })).code, country).toBe('window_closed')
    }
  })

  test('business buyers have no statutory right', () => {
    expect(first(evaluate({ policy: stingy, order: inCountry('FR', 10, { buyer: 'business' }) })).code).toBe('window_closed')
  })

  test('overrides final sale, merchant non-returnable flags and suppliers that take no returns', () => {
    const policy = policyWith({
      itemRules: [{ id: 'nr', categories: ['samples'], nonReturnable: true }],
      suppliers: [{ code: 'no-returns', acceptsReturns: false }],
    })
    const lines = [
      line({ id: 'A', finalSale: true }),
      line({ id: 'B', sku: 'SKU-2', category: 'samples' }),
      line({ id: 'C', sku: 'SKU-3', supplierCode: 'no-returns' }),
    ]
    const day10 = evaluate({ policy, order: inCountry('DE', 10, { lines }) })
    expect(day10.lines.map((l) => l.code)).toEqual(['eligible_statutory', 'eligible_statutory', 'eligible_statutory'])
    expect(day10.lines[2]!.destination).toBe('hub')
    const day20 = evaluate({ policy, order: inCountry('DE', 20, { lines }) })
    expect(day20.lines.map((l) => l.code)).toEqual(['final_sale', 'non_returnable', 'supplier_no_returns'])
  })

  test('personalised items are exempt, even on day 1, but remain returnable as faulty', () => {
    const policy = policyWith({ itemRules: [{ id: 'p', categories: ['monogram'], exemption: 'personalised' }] })
    const o = inCountry('DE', 1, { lines: [line({ category: 'monogram' })] })
    expect(first(evaluate({ policy, order: o })).explanation).toEqual({ code: 'exempt_item', params: { exemption: 'personalised' } })
    expect(first(evaluate({ policy, order: o, items: [{ lineId: 'L1', quantity: 1, reason: 'defective', photoCount: 1 }] })).code).toBe('eligible_fault')
  })

  test('sealed hygiene items are exempt unless the shopper states the seal is intact', () => {
    const policy = policyWith({ itemRules: [{ id: 'h', skus: ['LIP-1'], exemption: 'sealed_hygiene' }] })
    const o = inCountry('FR', 3, { lines: [line({ sku: 'LIP-1' })] })
    const ask = (sealIntact: boolean | undefined) =>
      first(evaluate({ policy, order: o, items: [{ lineId: 'L1', quantity: 1, reason: 'didnt_like', sealIntact }] })).code
    expect(ask(undefined)).toBe('exempt_item')
    expect(ask(false)).toBe('exempt_item')
    expect(ask(true)).toBe('eligible')
  })

  test('a SKU rule can clear an exemption its category sets', () => {
    const policy = policyWith({
      itemRules: [
        { id: 'plain', skus: ['BLANK-MUG'], exemption: null },
        { id: 'p', categories: ['mugs'], exemption: 'personalised' },
      ],
    })
    const o = inCountry('DE', 3, { lines: [line({ sku: 'BLANK-MUG', category: 'mugs' })] })
    expect(first(evaluate({ policy, order: o })).eligible).toBe(true)
  })

  test('the refund is due 14 days after the request', () => {
    const decision = evaluate({ policy: stingy, order: inCountry('FR', 10) })
    expect(decision.refundDueBy).toBe('2025-11-03')
    expect(decision.notes).toContainEqual({ code: 'refund_due_by', params: { date: '2025-11-03' } })
    expect(evaluate({ policy: stingy, order: inCountry('US', 3) }).refundDueBy).toBeNull()
  })

  test('no restocking fee, photos or store-credit-only rule can burden a withdrawal', () => {
    const decision = evaluate({ policy: stingy, order: inCountry('FR', 3) })
    const l = first(decision)
    expect(l.amounts.restockingFee).toBe(0)
    expect(l.photos.required).toBe(false)
    expect(l.allowedResolutions).toEqual(['refund', 'store_credit'])
    expect(decision.outcome).toBe('approve')
  })

  test('after day 14 the merchant terms apply again: restocking fee and photos', () => {
    const policy = policyWith({ restockingFeeBps: 2000 })
    const day10 = first(evaluate({ policy, order: inCountry('DE', 10) }))
    const day20 = first(evaluate({ policy, order: inCountry('DE', 20) }))
    expect(day10).toMatchObject({ basis: 'statutory_withdrawal', amounts: { restockingFee: 0 } })
    expect(day20).toMatchObject({ basis: 'merchant_policy', amounts: { restockingFee: 1000 } })
  })

  test('with a longer merchant window the line says so and notes the statutory part', () => {
    const l = first(evaluate({ order: inCountry('DE', 5) }))
    expect(l).toMatchObject({ code: 'eligible', basis: 'statutory_withdrawal', windowEndsOn: '2025-11-14' })
    expect(l.notes).toContainEqual({ code: 'statutory_withdrawal', params: { until: '2025-10-29' } })
  })
})

describe('fault windows', () => {
  const fault = [{ lineId: 'L1', quantity: 1, reason: 'defective' as const, photoCount: 1 }]

  test('365 days by default outside Europe: day 365 open, day 366 closed', () => {
    expect(first(evaluate({ order: inCountry('US', 365), items: fault })).code).toBe('eligible_fault')
    expect(first(evaluate({ order: inCountry('US', 366), items: fault }))).toMatchObject({ code: 'fault_window_closed', windowEndsOn: '2025-10-19' })
  })

  test('2 years for EU and UK consumers whatever the merchant sets', () => {
    const policy = policyWith({ faultWindowDays: 90 })
    for (const country of ['FR', 'GB']) {
      expect(first(evaluate({ policy, order: inCountry(country, 730), items: fault })).code).toBe('eligible_fault')
      expect(first(evaluate({ policy, order: inCountry(country, 731), items: fault })).code).toBe('fault_window_closed')
    }
    expect(first(evaluate({ policy, order: inCountry('US', 91), items: fault })).code).toBe('fault_window_closed')
  })

  test('final sale does not remove the right to return a faulty item', () => {
    const o = inCountry('US', 20, { lines: [line({ currency: 'USD', finalSale: true })] })
    expect(first(evaluate({ order: o })).code).toBe('final_sale')
    const faulty = evaluate({ order: o, items: fault, customer: customer() })
    expect(first(faulty)).toMatchObject({ eligible: true, code: 'eligible_fault', basis: 'fault', labelPaidBy: 'merchant' })
  })
})
