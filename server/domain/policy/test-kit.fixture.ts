import { money } from '@/server/domain/money'
import { DAY_MS } from './calendar'
import { type ReturnDecision } from './decision-types'
import { evaluateReturn } from './evaluate-return'
import { type CustomerHistory, type OrderInput, type OrderLineInput, type RequestedItem } from './order-types'
import { parsePolicy, type StoredPolicy } from './policy-schema'
import { type Resolution, type ReturnPolicy } from './policy-types'
import { EEA_ONLY_COUNTRIES, EU_COUNTRIES } from './regions'

// Builders for the unit tests: a plain policy with no fees, keep-it or review unless a test asks.

/** Mid-day request time, so "n days ago" lands on calendar day today − n. */
export const NOW = new Date('2025-10-20T12:00:00Z')
export const daysAgo = (days: number, from: Date = NOW): string => new Date(from.getTime() - days * DAY_MS).toISOString()

export const basePolicyJson = {
  version: 1,
  effectiveFrom: '2025-01-01T00:00:00Z',
  defaultRegion: { id: 'world', returnWindowDays: 30, transitAllowanceDays: 10 },
  regions: [
    { id: 'eu', countries: [...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES], returnWindowDays: 30, transitAllowanceDays: 5 },
    { id: 'uk', countries: ['GB'], returnWindowDays: 30, transitAllowanceDays: 4 },
    { id: 'us', countries: ['US'], returnWindowDays: 30, transitAllowanceDays: 6 },
  ],
} satisfies StoredPolicy

/** The base policy with some top-level settings replaced (validated, defaults filled). */
export const policyWith = (changes: Partial<StoredPolicy> | Partial<ReturnPolicy> = {}): ReturnPolicy =>
  parsePolicy({ ...basePolicyJson, ...changes })

/** A region list where one region's settings are changed. */
export const regionsWith = (id: string, changes: Record<string, unknown>): NonNullable<StoredPolicy['regions']> =>
  basePolicyJson.regions.map((r) => (r.id === id ? { ...r, ...changes } : r))

export function line(changes: Partial<OrderLineInput> & { price?: number; currency?: string } = {}): OrderLineInput {
  const { price = 5000, currency = 'EUR', ...rest } = changes
  return {
    id: 'L1',
    sku: 'SKU-1',
    category: null,
    supplierCode: null,
    unitPrice: money(price, currency),
    quantity: 1,
    taxAmount: money(0, currency),
    discountAmount: money(0, currency),
    finalSale: false,
    returnedQuantity: 0,
    ...rest,
  }
}

export function order(changes: Partial<OrderInput> = {}): OrderInput {
  const currency = changes.currency ?? 'EUR'
  return {
    id: 'order-1',
    number: '5001',
    currency,
    buyer: 'consumer',
    shipCountry: 'DE',
    placedAt: daysAgo(20),
    shippedAt: daysAgo(15),
    deliveredAt: daysAgo(10),
    pricesIncludeTax: true,
    shippingAmount: money(0, currency),
    lines: [line({ currency })],
    ...changes,
  }
}

export const customer = (changes: Partial<CustomerHistory> = {}): CustomerHistory => ({
  blocked: false,
  pastReturns: [],
  pastKeepIts: [],
  returnedSkus: [],
  ...changes,
})

export type Scenario = Readonly<{
  policy?: ReturnPolicy
  order?: OrderInput
  items?: readonly RequestedItem[]
  resolution?: Resolution
  customer?: CustomerHistory
  now?: Date
}>

/** Evaluates a scenario; by default one unit of every order line, "doesnt_fit", refund. */
export function evaluate(scenario: Scenario = {}): ReturnDecision {
  const o = scenario.order ?? order()
  return evaluateReturn({
    policy: scenario.policy ?? policyWith(),
    order: o,
    request: {
      items: scenario.items ?? o.lines.map((l) => ({ lineId: l.id, quantity: 1, reason: 'doesnt_fit' as const })),
      resolution: scenario.resolution ?? 'refund',
    },
    customer: scenario.customer ?? customer(),
    now: scenario.now ?? NOW,
  })
}

/** The first line's decision (most tests return a single line). */
export const first = (decision: ReturnDecision) => decision.lines[0]!
