import { z } from 'zod'
import { AppError } from '@/server/app-error'
import { CHANGE_OF_MIND_REASONS, EXEMPTIONS, REFUND_TIMINGS, RESOLUTIONS, RETURN_REASONS, type ReturnPolicy } from './policy-types'

// Validates a stored policy (JSON, per shop and version) and fills the defaults, so the engine
// can trust every field. Objects are strict: a misspelt setting is an error, not silently ignored.

export const DEFAULT_FAULT_WINDOW_DAYS = 365
export const DEFAULT_PHOTO_REASONS = ['damaged', 'defective', 'wrong_item'] as const

const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR')
const minor = z.int().min(0)
const days = z.int().min(0).max(3650)
const bps = z.int().min(0).max(10_000)
const table = z.record(currency, minor)
const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as DE')
const id = z.string().min(1).max(100)
const text = z.string().min(1).max(2000)
const localized = z.strictObject({ en: text, de: text.optional(), fr: text.optional(), es: text.optional() })
const limit = z.strictObject({ count: z.int().min(0), periodDays: z.int().min(1).max(3650) })
const resolutions = z.array(z.enum(RESOLUTIONS)).min(1)
const timing = z.enum(REFUND_TIMINGS).default('on_inspection')

const regionShape = {
  id,
  returnWindowDays: days,
  transitAllowanceDays: days.default(7),
  returnShippingFee: table.default({}),
  labelCostEstimate: table.default({}),
}

const ZItemRule = z
  .strictObject({
    id,
    label: localized.optional(),
    skus: z.array(id).optional(),
    categories: z.array(id).optional(),
    regionIds: z.array(id).min(1).optional(),
    returnWindowDays: days.optional(),
    nonReturnable: z.boolean().optional(),
    note: localized.optional(),
    exemption: z.enum(EXEMPTIONS).nullable().optional(),
    restockingFeeBps: bps.optional(),
  })
  .refine((rule) => (rule.skus?.length ?? 0) + (rule.categories?.length ?? 0) > 0, 'An item rule needs at least one SKU or category.')

const ZSupplierRule = z.strictObject({
  code: id,
  acceptsReturns: z.boolean(),
  returnWindowDays: days.nullable().default(null),
  restockingFeeBps: bps.default(0),
  approvalRequired: z.boolean().default(false),
  returnsTo: z.enum(['hub', 'supplier_address']).default('hub'),
})

export const ZPolicySchema = z
  .strictObject({
    version: z.int().min(1),
    effectiveFrom: z.iso.datetime({ offset: true }),
    defaultRegion: z.strictObject(regionShape),
    regions: z.array(z.strictObject({ ...regionShape, countries: z.array(country).min(1), label: localized.optional() })).default([]),
    faultWindowDays: days.default(DEFAULT_FAULT_WINDOW_DAYS),
    restockingFeeBps: bps.default(0),
    itemRules: z.array(ZItemRule).default([]),
    suppliers: z.array(ZSupplierRule).default([]),
    keepIt: z
      .strictObject({
        enabled: z.boolean().default(false),
        valueBelow: table.default({}),
        shipCostShareBps: bps.nullable().default(null),
        maxPerCustomer: limit.nullable().default(null),
        firstReturnOfSkuOnly: z.boolean().default(false),
      })
      .prefault({}),
    evidence: z
      .strictObject({
        photoReasons: z.array(z.enum(RETURN_REASONS)).default([...DEFAULT_PHOTO_REASONS]),
        minPhotos: z.int().min(0).max(20).default(1),
        maxPhotos: z.int().min(1).max(20).default(5),
      })
      .prefault({})
      .refine((e) => e.minPhotos <= e.maxPhotos, 'minPhotos cannot be more than maxPhotos.'),
    resolutions: z
      .strictObject({
        fault: resolutions.default(['refund', 'replacement', 'store_credit', 'exchange']),
        changeOfMind: resolutions.default(['refund', 'store_credit', 'exchange']),
        byReason: z.partialRecord(z.enum(RETURN_REASONS), resolutions).default({}),
        storeCreditBonusBps: bps.default(0),
        refundTiming: z
          .strictObject({ refund: timing, replacement: timing, store_credit: timing, exchange: timing })
          .prefault({}),
      })
      .prefault({}),
    review: z.strictObject({ valueAbove: table.default({}), maxReturns: limit.nullable().default(null) }).prefault({}),
  })
  .superRefine((policy, ctx) => {
    const unique = (values: readonly string[], what: string, path: string) => {
      const seen = new Set<string>()
      for (const value of values) {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `${what} "${value}" appears twice.`, path: [path] })
        seen.add(value)
      }
    }
    const regionIds = [policy.defaultRegion.id, ...policy.regions.map((r) => r.id)]
    unique(regionIds, 'Region', 'regions')
    unique(policy.regions.flatMap((r) => r.countries), 'Country', 'regions')
    unique(policy.suppliers.map((s) => s.code), 'Supplier', 'suppliers')
    unique(policy.itemRules.map((r) => r.id), 'Item rule', 'itemRules')
    for (const rule of policy.itemRules) {
      for (const regionId of rule.regionIds ?? []) {
        if (!regionIds.includes(regionId)) ctx.addIssue({ code: 'custom', message: `Item rule "${rule.id}" names unknown region "${regionId}".`, path: ['itemRules'] })
      }
    }
    // Change-of-mind reasons must offer something; the engine adds "refund" for statutory withdrawals.
    for (const reason of CHANGE_OF_MIND_REASONS) {
      if (policy.resolutions.byReason[reason]?.length === 0) ctx.addIssue({ code: 'custom', message: `No resolution for ${reason}.`, path: ['resolutions'] })
    }
  })

export type StoredPolicy = z.input<typeof ZPolicySchema>

// Compile-time guard: what the schema produces is exactly what the engine reads.
type Assert<T extends true> = T
type _SchemaMatchesPolicy = Assert<z.output<typeof ZPolicySchema> extends ReturnPolicy ? true : false>

/** Parses a stored policy, filling defaults; a broken policy is an INVALID_INPUT for the editor. */
export function parsePolicy(json: unknown): ReturnPolicy {
  const result = ZPolicySchema.safeParse(json)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
    const first = issues[0]
    throw new AppError('INVALID_INPUT', {
      userMessage: `The return policy is not valid${first ? ` (${first.path || 'policy'}: ${first.message})` : ''}.`,
      details: { issues },
    })
  }
  return result.data
}
