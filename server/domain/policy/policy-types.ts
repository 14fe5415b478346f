import { type CurrencyCode } from '@/server/domain/money'

// The policy is stored per shop as JSON and validated by ZPolicySchema (policy-schema.ts); these
// types are what the engine reads after validation, so every default is already filled in.

export const FAULT_REASONS = ['damaged', 'defective', 'wrong_item', 'not_as_described'] as const
export const CHANGE_OF_MIND_REASONS = [
  'doesnt_fit',
  'didnt_like',
  'no_longer_needed',
  'ordered_by_mistake',
  'arrived_too_late',
  'better_price',
  'other',
] as const
export const RETURN_REASONS = [...FAULT_REASONS, ...CHANGE_OF_MIND_REASONS] as const
export const RESOLUTIONS = ['refund', 'replacement', 'store_credit', 'exchange'] as const
export const REFUND_TIMINGS = ['on_inspection', 'on_first_scan', 'immediate'] as const
/** Goods the law exempts from the 14-day withdrawal right (Directive 2011/83/EU art. 16 (c), (e)). */
export const EXEMPTIONS = ['personalised', 'sealed_hygiene'] as const
export const LOCALES = ['en', 'de', 'fr', 'es'] as const

export type FaultReason = (typeof FAULT_REASONS)[number]
export type ChangeOfMindReason = (typeof CHANGE_OF_MIND_REASONS)[number]
export type ReturnReason = FaultReason | ChangeOfMindReason
export type Resolution = (typeof RESOLUTIONS)[number]
export type RefundTiming = (typeof REFUND_TIMINGS)[number]
export type Exemption = (typeof EXEMPTIONS)[number]
export type Locale = (typeof LOCALES)[number]
export type ReasonKind = 'fault' | 'change_of_mind'

const FAULT_SET: ReadonlySet<string> = new Set(FAULT_REASONS)
export const reasonKind = (reason: ReturnReason): ReasonKind => (FAULT_SET.has(reason) ? 'fault' : 'change_of_mind')

/** ISO 8601 instant, e.g. "2025-10-12T09:30:00Z". */
export type IsoInstant = string
/** ISO 3166-1 alpha-2, upper case ("GB" for the United Kingdom). */
export type CountryCode = string
/**
 * Minor units per currency, e.g. { EUR: 495, USD: 595 }. A currency missing from a table means the
 * rule does not apply to orders in that currency (no fee, no keep-it, no value review).
 */
export type CurrencyTable = Readonly<Record<CurrencyCode, number>>
/** Merchant-written text; English is required because it is the fallback for every locale. */
export type LocalizedText = Readonly<{ en: string; de?: string; fr?: string; es?: string }>

export type RegionSettings = Readonly<{
  id: string
  /** Change-of-mind window, days after delivery. */
  returnWindowDays: number
  /** Assumed transit time when a shipment has no delivery scan. */
  transitAllowanceDays: number
  /** Charged once per request for change-of-mind returns that ship (subsidised; 0 = free). */
  returnShippingFee: CurrencyTable
  /** What a return label costs the merchant; feeds the keep-it ship-cost rule. */
  labelCostEstimate: CurrencyTable
}>

export type Region = RegionSettings &
  Readonly<{
    countries: readonly CountryCode[]
    /** Shown on the policy page (e.g. "EU and EEA") instead of every country name. */
    label?: LocalizedText
  }>

/**
 * Overrides for some products. A field left out is not set by the rule; SKU rules beat category
 * rules field by field, and among rules of the same kind the first listed wins.
 */
export type ItemRule = Readonly<{
  id: string
  /** Shown on the policy page instead of the raw category and SKU list. */
  label?: LocalizedText
  skus?: readonly string[]
  /** Matched without regard to case ("Kitchen" = "kitchen"); SKUs match exactly. */
  categories?: readonly string[]
  /** Limit the rule to some regions (by region id); all regions when left out. */
  regionIds?: readonly string[]
  returnWindowDays?: number
  /** Merchant's "cannot be returned unless faulty"; `note` is shown to the shopper. */
  nonReturnable?: boolean
  note?: LocalizedText
  /** Legal exemption; null explicitly clears one set by a broader rule. */
  exemption?: Exemption | null
  restockingFeeBps?: number
}>

/** Dropshipping supplier terms, keyed by the supplier code (stable across installs, unlike row ids). */
export type SupplierRule = Readonly<{
  code: string
  acceptsReturns: boolean
  /** Days after delivery the supplier takes change-of-mind returns; null = no own limit. */
  returnWindowDays: number | null
  restockingFeeBps: number
  approvalRequired: boolean
  returnsTo: 'hub' | 'supplier_address'
}>

export type KeepItRule = Readonly<{
  enabled: boolean
  /** Keep it when the request's item value (after discounts, before tax) is below this. */
  valueBelow: CurrencyTable
  /** Keep it when the label estimate exceeds this share of the request's item value; null = off. */
  shipCostShareBps: number | null
  maxPerCustomer: Readonly<{ count: number; periodDays: number }> | null
  /** Keep-it only for a SKU the customer has never returned before. */
  firstReturnOfSkuOnly: boolean
}>

export type EvidenceRule = Readonly<{
  photoReasons: readonly ReturnReason[]
  minPhotos: number
  maxPhotos: number
}>

export type ResolutionRule = Readonly<{
  fault: readonly Resolution[]
  changeOfMind: readonly Resolution[]
  byReason: Readonly<Partial<Record<ReturnReason, readonly Resolution[]>>>
  storeCreditBonusBps: number
  refundTiming: Readonly<Record<Resolution, RefundTiming>>
}>

export type ReviewRule = Readonly<{
  valueAbove: CurrencyTable
  maxReturns: Readonly<{ count: number; periodDays: number }> | null
}>

export type ReturnPolicy = Readonly<{
  version: number
  effectiveFrom: IsoInstant
  defaultRegion: RegionSettings
  regions: readonly Region[]
  /** Merchant's window for faults; EU/EEA/UK consumer orders get at least 2 years. */
  faultWindowDays: number
  /** Change-of-mind restocking fee unless an item rule sets one; a supplier's fee applies when higher. */
  restockingFeeBps: number
  itemRules: readonly ItemRule[]
  suppliers: readonly SupplierRule[]
  keepIt: KeepItRule
  evidence: EvidenceRule
  resolutions: ResolutionRule
  review: ReviewRule
}>
