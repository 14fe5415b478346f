import { isoDay } from './calendar'
import { type CompiledPolicy, type ItemTerms, itemTerms } from './compile-policy'
import { type Basis, type PhotoRequirement } from './decision-types'
import { explanation, type Explanation, type IsoDay, type LineExplanation } from './explanation-types'
import { type OrderLineInput, type RequestedItem } from './order-types'
import { reasonKind, type Resolution, type ReturnPolicy, type ReturnReason, type SupplierRule } from './policy-types'
import { type Delivery, judgeWindow, type WindowVerdict } from './windows'

export type LineContext = Readonly<{
  policy: ReturnPolicy
  compiled: CompiledPolicy
  regionId: string
  regionWindowDays: number
  transitDays: number
  statutory: boolean
  delivery: Delivery
  today: number
  resolution: Resolution
}>

export type LineVerdict = Readonly<{
  eligible: boolean
  explanation: LineExplanation
  basis: Basis | null
  windowEndsOn: IsoDay | null
  notes: readonly Explanation[]
  photos: PhotoRequirement
  allowedResolutions: readonly Resolution[]
  supplier: SupplierRule | undefined
  restockingFeeBps: number
}>

export function allowedResolutions(policy: ReturnPolicy, reason: ReturnReason, basis: Basis | null): readonly Resolution[] {
  const rule = policy.resolutions
  const allowed = rule.byReason[reason] ?? (reasonKind(reason) === 'fault' ? rule.fault : rule.changeOfMind)
  // A withdrawal is refunded to the original payment method (art. 13), whatever the merchant offers.
  return basis === 'statutory_withdrawal' && !allowed.includes('refund') ? ['refund', ...allowed] : allowed
}

function notEligible(explanation: LineExplanation): WindowVerdict {
  return { eligible: false, explanation, basis: null, windowEndsOn: null, notes: [] }
}

function windowVerdict(ctx: LineContext, line: OrderLineInput, item: RequestedItem, terms: ItemTerms, supplier: SupplierRule | undefined): WindowVerdict {
  const remaining = line.quantity - line.returnedQuantity
  if (remaining === 0) return notEligible(explanation('already_returned', {}))
  if (item.quantity > remaining) return notEligible(explanation('quantity_exceeds_remaining', { remaining, requested: item.quantity }))
  const { delivery } = ctx
  if (!delivery.delivered) {
    return notEligible(explanation('not_delivered', { expectedOn: delivery.expectedDay === null ? null : isoDay(delivery.expectedDay) }))
  }
  const judged = judgeWindow(
    { today: ctx.today, deliveryDay: delivery.day, statutory: ctx.statutory, regionWindowDays: ctx.regionWindowDays, faultWindowDays: ctx.policy.faultWindowDays },
    { kind: reasonKind(item.reason), terms, supplier, finalSale: line.finalSale, sealIntact: item.sealIntact },
  )
  if (!delivery.assumed) return judged
  const assumed = explanation('assumed_delivery', { deliveredOn: isoDay(delivery.day), transitDays: ctx.transitDays })
  return { eligible: judged.eligible, explanation: judged.explanation, basis: judged.basis, windowEndsOn: judged.windowEndsOn, notes: [assumed, ...judged.notes] }
}

/** Everything about one requested line except money, keep-it and review, which need the whole request. */
export function judgeLine(ctx: LineContext, line: OrderLineInput, item: RequestedItem): LineVerdict {
  const { policy } = ctx
  const supplier = line.supplierCode === null ? undefined : ctx.compiled.suppliers.get(line.supplierCode)
  const terms = itemTerms(ctx.compiled, line.sku, line.category, ctx.regionId)
  const restockingFeeBps = Math.max(terms.restockingFeeBps ?? policy.restockingFeeBps, supplier?.restockingFeeBps ?? 0)
  const verdict = windowVerdict(ctx, line, item, terms, supplier)

  const allowed = allowedResolutions(policy, item.reason, verdict.basis)
  const { minPhotos: min, maxPhotos: max } = policy.evidence
  // A withdrawal needs no reason and so no evidence; the merchant cannot make it conditional on photos.
  const required = ctx.compiled.photoReasons.has(item.reason) && verdict.basis !== 'statutory_withdrawal'
  // Likewise the upload limit only matters when the photos are evidence the merchant will look at.
  const provided = verdict.basis === 'statutory_withdrawal' ? undefined : item.photoCount
  const photos: PhotoRequirement = {
    required,
    min,
    max,
    satisfied: provided === undefined ? !required : provided <= max && (!required || provided >= min),
  }
  const refusal: LineExplanation | null = !verdict.eligible
    ? null
    : !allowed.includes(ctx.resolution)
      ? explanation('resolution_not_allowed', { resolution: ctx.resolution, allowed })
      : provided !== undefined && provided > max
        ? explanation('too_many_photos', { max, provided })
        : required && provided !== undefined && provided < min
          ? explanation('photos_required', { min, max, provided })
          : null
  return {
    eligible: verdict.eligible && refusal === null,
    explanation: refusal ?? verdict.explanation,
    basis: refusal === null ? verdict.basis : null,
    windowEndsOn: verdict.windowEndsOn,
    notes: verdict.notes,
    photos,
    allowedResolutions: allowed,
    supplier,
    restockingFeeBps,
  }
}
