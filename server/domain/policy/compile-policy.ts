import {
  type CountryCode,
  type Exemption,
  type ItemRule,
  type LocalizedText,
  type RegionSettings,
  type ReturnPolicy,
  type ReturnReason,
  type SupplierRule,
} from './policy-types'

/** Lookup tables built once per policy object, so evaluating a line costs a few map reads. */
export type CompiledPolicy = Readonly<{
  regionByCountry: ReadonlyMap<CountryCode, RegionSettings>
  skuRules: ReadonlyMap<string, readonly ItemRule[]>
  categoryRules: ReadonlyMap<string, readonly ItemRule[]>
  suppliers: ReadonlyMap<string, SupplierRule>
  photoReasons: ReadonlySet<ReturnReason>
}>

/** The item rules that apply to one product in one region, merged. */
export type ItemTerms = Readonly<{
  returnWindowDays: number | null
  nonReturnable: boolean
  note: LocalizedText | null
  exemption: Exemption | null
  restockingFeeBps: number | null
}>

// Policies are immutable values (loaded from JSON, typed readonly), so caching by identity is
// safe and keeps evaluateReturn pure.
const cache = new WeakMap<ReturnPolicy, CompiledPolicy>()

function push(map: Map<string, ItemRule[]>, key: string, rule: ItemRule): void {
  const list = map.get(key)
  if (list) list.push(rule)
  else map.set(key, [rule])
}

export function compilePolicy(policy: ReturnPolicy): CompiledPolicy {
  const cached = cache.get(policy)
  if (cached) return cached
  const regionByCountry = new Map<CountryCode, RegionSettings>()
  // The first region that lists a country wins, as in the policy editor's order.
  for (const region of policy.regions) {
    for (const country of region.countries) if (!regionByCountry.has(country)) regionByCountry.set(country, region)
  }
  const skuRules = new Map<string, ItemRule[]>()
  const categoryRules = new Map<string, ItemRule[]>()
  for (const rule of policy.itemRules) {
    for (const sku of rule.skus ?? []) push(skuRules, sku, rule)
    for (const category of rule.categories ?? []) push(categoryRules, category.toLowerCase(), rule)
  }
  const compiled: CompiledPolicy = {
    regionByCountry,
    skuRules,
    categoryRules,
    suppliers: new Map(policy.suppliers.map((s) => [s.code, s])),
    photoReasons: new Set(policy.evidence.photoReasons),
  }
  cache.set(policy, compiled)
  return compiled
}

export function regionFor(policy: ReturnPolicy, country: CountryCode): RegionSettings {
  return compilePolicy(policy).regionByCountry.get(country) ?? policy.defaultRegion
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
const NO_TERMS: ItemTerms = { returnWindowDays: null, nonReturnable: false, note: null, exemption: null, restockingFeeBps: null }

/**
 * Merges the rules for a SKU and category: for each setting the first SKU rule that sets it wins,
 * then the first category rule. So a SKU rule can make one product an exception to its category.
 */
export function itemTerms(compiled: CompiledPolicy, sku: string, category: string | null, regionId: string): ItemTerms {
  const bySku = compiled.skuRules.get(sku)
  const byCategory = category === null ? undefined : compiled.categoryRules.get(category.toLowerCase())
  if (!bySku && !byCategory) return NO_TERMS
  const terms: Mutable<ItemTerms> = { ...NO_TERMS }
  const set = { window: false, nonReturnable: false, exemption: false, restocking: false }
  for (const rule of [...(bySku ?? []), ...(byCategory ?? [])]) {
    if (rule.regionIds && !rule.regionIds.includes(regionId)) continue
    if (!set.window && rule.returnWindowDays !== undefined) {
      terms.returnWindowDays = rule.returnWindowDays
      set.window = true
    }
    if (!set.nonReturnable && rule.nonReturnable !== undefined) {
      terms.nonReturnable = rule.nonReturnable
      terms.note = rule.note ?? null
      set.nonReturnable = true
    }
    if (!set.exemption && rule.exemption !== undefined) {
      terms.exemption = rule.exemption
      set.exemption = true
    }
    if (!set.restocking && rule.restockingFeeBps !== undefined) {
      terms.restockingFeeBps = rule.restockingFeeBps
      set.restocking = true
    }
  }
  return terms
}
