import fc from 'fast-check'
import { money } from '@/server/domain/money'
import { DAY_MS } from './calendar'
import { type CustomerHistory, type EvaluateReturnInput, type OrderInput, type OrderLineInput, type RequestedItem } from './order-types'
import { parsePolicy } from './policy-schema'
import { REFUND_TIMINGS, RESOLUTIONS, RETURN_REASONS, type ReturnPolicy } from './policy-types'

// fast-check generators for the property tests: any valid policy, realistic and hostile orders.

export const NOW = new Date('2025-10-20T12:00:00Z')
export const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString()
const CURRENCIES = ['EUR', 'USD', 'GBP'] as const
const COUNTRIES = ['DE', 'FR', 'NO', 'GB', 'IE', 'US', 'CH', 'AU'] as const
const CATEGORIES = ['knitwear', 'gadgets', 'beauty', 'personalised', 'samples'] as const
const SUPPLIERS = ['sup-a', 'sup-b', 'sup-c'] as const

const table = fc.record({ EUR: fc.nat(3000), USD: fc.nat(3000), GBP: fc.nat(3000) }, { requiredKeys: [] })
const limit = fc.option(fc.record({ count: fc.nat(5), periodDays: fc.integer({ min: 1, max: 400 }) }), { nil: null })
const resolutionSet = fc.uniqueArray(fc.constantFrom(...RESOLUTIONS), { minLength: 1 })
const region = (id: string, countries: readonly string[]) =>
  fc.record({
    id: fc.constant(id),
    countries: fc.constant([...countries]),
    returnWindowDays: fc.nat(60),
    transitAllowanceDays: fc.nat(15),
    returnShippingFee: table,
    labelCostEstimate: table,
  })

/** Any valid policy, including hostile ones (0-day windows, 100 % restocking, photos for everything). */
export const policyArb: fc.Arbitrary<ReturnPolicy> = fc
  .record({
    defaultRegion: region('world', []).map(({ countries: _c, ...rest }) => rest),
    regions: fc.tuple(region('eu', ['DE', 'FR', 'NO', 'IE']), region('uk', ['GB']), region('us', ['US'])),
    faultWindowDays: fc.nat(800),
    restockingFeeBps: fc.nat(10_000),
    itemRules: fc.array(
      fc.record(
        {
          categories: fc.constantFrom(...CATEGORIES).map((c) => [c]),
          returnWindowDays: fc.nat(60),
          nonReturnable: fc.boolean(),
          exemption: fc.constantFrom('personalised', 'sealed_hygiene', null),
          restockingFeeBps: fc.nat(10_000),
        },
        { requiredKeys: ['categories'] },
      ),
      { maxLength: 4 },
    ),
    suppliers: fc.tuple(
      ...SUPPLIERS.map((id) =>
        fc.record({
          code: fc.constant(id),
          acceptsReturns: fc.boolean(),
          returnWindowDays: fc.option(fc.nat(60), { nil: null }),
          restockingFeeBps: fc.nat(10_000),
          approvalRequired: fc.boolean(),
          returnsTo: fc.constantFrom('hub', 'supplier_address'),
        }),
      ),
    ),
    keepIt: fc.record({
      enabled: fc.boolean(),
      valueBelow: table,
      shipCostShareBps: fc.option(fc.nat(10_000), { nil: null }),
      maxPerCustomer: limit,
      firstReturnOfSkuOnly: fc.boolean(),
    }),
    evidence: fc
      .record({ photoReasons: fc.uniqueArray(fc.constantFrom(...RETURN_REASONS)), minPhotos: fc.nat(4), extra: fc.integer({ min: 1, max: 4 }) })
      .map(({ extra, ...e }) => ({ ...e, maxPhotos: e.minPhotos + extra })),
    resolutions: fc.record({
      fault: resolutionSet,
      changeOfMind: resolutionSet,
      storeCreditBonusBps: fc.nat(5000),
      refundTiming: fc.record(Object.fromEntries(RESOLUTIONS.map((r) => [r, fc.constantFrom(...REFUND_TIMINGS)])) as Record<(typeof RESOLUTIONS)[number], fc.Arbitrary<(typeof REFUND_TIMINGS)[number]>>),
    }),
    review: fc.record({ valueAbove: table, maxReturns: limit }),
  })
  .map((p) => parsePolicy({ version: 1, effectiveFrom: '2025-01-01T00:00:00Z', ...p, itemRules: p.itemRules.map((r, i) => ({ id: `rule-${i}`, ...r })) }))

const lineArb = (currency: string, index: number): fc.Arbitrary<OrderLineInput> =>
  fc
    .record({
      unitPrice: fc.nat(100_000),
      quantity: fc.integer({ min: 1, max: 5 }),
      // Mostly untouched lines, some partly or fully returned already.
      returnedShare: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(5), weight: 1 }),
      discountShare: fc.nat(10_000),
      taxBps: fc.nat(3000),
      finalSale: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      supplierCode: fc.option(fc.constantFrom(...SUPPLIERS, 'sup-unknown'), { nil: null }),
    })
    .map((l) => {
      const total = l.unitPrice * l.quantity
      return {
        id: `L${index}`,
        sku: `SKU-${index}`,
        category: l.category,
        supplierCode: l.supplierCode,
        unitPrice: money(l.unitPrice, currency),
        quantity: l.quantity,
        taxAmount: money(Math.floor((total * l.taxBps) / 10_000), currency),
        discountAmount: money(Math.floor((total * l.discountShare) / 10_000), currency),
        finalSale: l.finalSale,
        returnedQuantity: Math.min(l.returnedShare, l.quantity),
      }
    })

export const orderArb: fc.Arbitrary<OrderInput> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    country: fc.constantFrom(...COUNTRIES),
    buyer: fc.constantFrom('consumer' as const, 'consumer' as const, 'business' as const),
    deliveredDaysAgo: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 6 },
      { arbitrary: fc.integer({ min: -3, max: 800 }), weight: 2 },
      { arbitrary: fc.constant(null), weight: 1 },
    ),
    shippedDaysAgo: fc.option(fc.nat(60), { nil: null }),
    pricesIncludeTax: fc.boolean(),
    shipping: fc.nat(2000),
    lineCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain((o) =>
    fc.tuple(...Array.from({ length: o.lineCount }, (_, i) => lineArb(o.currency, i + 1))).map((lines) => ({
      id: 'order-p',
      number: 'P-1',
      currency: o.currency,
      buyer: o.buyer,
      shipCountry: o.country,
      placedAt: ago(900),
      shippedAt: o.shippedDaysAgo === null ? null : ago(o.shippedDaysAgo),
      deliveredAt: o.deliveredDaysAgo === null ? null : ago(o.deliveredDaysAgo),
      pricesIncludeTax: o.pricesIncludeTax,
      shippingAmount: money(o.shipping, o.currency),
      lines,
    })),
  )

const customerArb: fc.Arbitrary<CustomerHistory> = fc.record({
  blocked: fc.boolean(),
  pastReturns: fc.array(fc.nat(400).map(ago), { maxLength: 6 }),
  pastKeepIts: fc.array(fc.nat(400).map(ago), { maxLength: 3 }),
  returnedSkus: fc.subarray(['SKU-1', 'SKU-2', 'SKU-3']),
})

const itemArb = (line: OrderLineInput): fc.Arbitrary<RequestedItem> =>
  fc.record(
    {
      lineId: fc.constant(line.id),
      quantity: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: Math.max(1, line.quantity - line.returnedQuantity) }), weight: 4 },
        { arbitrary: fc.integer({ min: 1, max: line.quantity }), weight: 1 },
      ),
      reason: fc.constantFrom(...RETURN_REASONS),
      photoCount: fc.nat(6),
      sealIntact: fc.boolean(),
    },
    { requiredKeys: ['lineId', 'quantity', 'reason'] },
  )

export const inputArb: fc.Arbitrary<EvaluateReturnInput> = fc
  .tuple(policyArb, orderArb, customerArb, fc.constantFrom(...RESOLUTIONS))
  .chain(([policy, order, customer, resolution]) =>
    fc
      .subarray([...order.lines], { minLength: 1 })
      .chain((lines) => fc.tuple(...lines.map(itemArb)))
      .map((items) => ({ policy, order, customer, now: NOW, request: { items, resolution } })),
  )
