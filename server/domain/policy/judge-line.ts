import { isoDay } from './calendar'
import { type CompiledPolicy, itemTerms } from './compile-policy'
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

/** Everything about one requested line except money, keep-it and review, which need the whole request. */
export function judgeLine(ctx: LineContext, line: OrderLineInput, item: RequestedItem): LineVerdict {
  const { policy } = ctx
  const supplier = line.supplierId === null ? undefined : ctx.compiled.suppliers.get(line.supplierId)
  const terms = itemTerms(ctx.compiled, line.sku, line.category, ctx.regionId)
  const restockingFeeBps = Math.max(terms.restockingFeeBps ?? policy.restockingFeeBps, supplier?.restockingFeeBps ?? 0)
  const base = { supplier, restockingFeeBps }

  const remaining = line.quantity - line.returnedQuantity
  const verdict = ((): WindowVerdict => {
    if (remaining === 0) return { eligible: false, explanation: explanation('already_returned', {}), basis: null, windowEndsOn: null, notes: [] }
    if (item.quantity > remaining) {
      const params = { remaining, requested: item.quantity }
      return { eligible: false, explanation: explanation('quantity_exceeds_remaining', params), basis: null, windowEndsOn: null, notes: [] }
    }
    const { delivery } = ctx
    if (!delivery.delivered) {
      const expectedOn = delivery.expectedDay === null ? null : isoDay(delivery.expectedDay)
      return { eligible: false, explanation: explanation('not_delivered', { expectedOn }), basis: null, windowEndsOn: null, notes: [] }
    }
    const judged = judgeWindow(
      { today: ctx.today, deliveryDay: delivery.day, statutory: ctx.statutory, regionWindowDays: ctx.regionWindowDays, faultWindowDays: policy.faultWindowDays },
      { kind: reasonKind(item.reason), terms, supplier, finalSale: line.finalSale, sealIntact: item.sealIntact },
    )
    if (!delivery.assumed) return judged
    const assumed = explanation('assumed_delivery', { deliveredOn: isoDay(delivery.day), transitDays: ctx.transitDays })
    return { ...judged, notes: [assumed, ...judged.notes] }
  })()

  const allowed = allowedResolutions(policy, item.reason, verdict.basis)
  const { minPhotos: min, maxPhotos: max } = policy.evidence
  // A withdrawal needs no reason and so no evidence; the merchant cannot make it conditional on photos.
  const required = ctx.compiled.photoReasons.has(item.reason) && verdict.basis !== 'statutory_withdrawal'
  const provided = item.photoCount
  const photos: PhotoRequirement = {
    required,
    min,
    max,
    satisfied: provided === undefined ? !required : provided <= max && (!required || provided >= min),
  }
  if (!verdict.eligible) return { ...verdict, ...base, photos, allowedResolutions: allowed }

  const refusal: LineExplanation | null = !allowed.includes(ctx.resolution)
    ? explanation('resolution_not_allowed', { resolution: ctx.resolution, allowed })
    : provided !== undefined && provided > max
      ? explanation('too_many_photos', { max, provided })
      : required && provided !== undefined && provided < min
        ? explanation('photos_required', { min, max, provided })
        : null
  if (refusal) return { ...verdict, ...base, eligible: false, explanation: refusal, basis: null, photos, allowedResolutions: allowed }
  return { ...verdict, ...base, photos, allowedResolutions: allowed }
}
