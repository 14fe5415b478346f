import { DAY_MS, epochDay, instantMs, isoDay } from './calendar'
import { type ItemTerms } from './compile-policy'
import { type Basis } from './decision-types'
import { explanation, type Explanation, type IsoDay, type LineExplanation } from './explanation-types'
import { type OrderInput } from './order-types'
import { type ReasonKind, type SupplierRule } from './policy-types'
import { STATUTORY_FAULT_DAYS, STATUTORY_WITHDRAWAL_DAYS } from './regions'

export type Delivery =
  | Readonly<{ delivered: true; day: number; assumed: boolean }>
  | Readonly<{ delivered: false; expectedDay: number | null }>

/**
 * The day the window starts from: the delivery scan, else the shipment plus the region's transit
 * allowance. Nothing can be returned before it (cancelling an undelivered order is not a return).
 */
export function deliveryOf(order: OrderInput, transitDays: number, nowMs: number): Delivery {
  if (order.deliveredAt !== null) {
    const ms = instantMs(order.deliveredAt, 'deliveredAt')
    return ms <= nowMs ? { delivered: true, day: epochDay(ms), assumed: false } : { delivered: false, expectedDay: null }
  }
  if (order.shippedAt !== null) {
    const ms = instantMs(order.shippedAt, 'shippedAt') + transitDays * DAY_MS
    return ms <= nowMs ? { delivered: true, day: epochDay(ms), assumed: true } : { delivered: false, expectedDay: epochDay(ms) }
  }
  return { delivered: false, expectedDay: null }
}

export type WindowContext = Readonly<{
  today: number
  deliveryDay: number
  /** EU/EEA/UK consumer order. */
  statutory: boolean
  regionWindowDays: number
  faultWindowDays: number
}>

export type WindowItem = Readonly<{
  kind: ReasonKind
  terms: ItemTerms
  supplier: SupplierRule | undefined
  finalSale: boolean
  sealIntact: boolean | undefined
}>

export type WindowVerdict = Readonly<{
  eligible: boolean
  explanation: LineExplanation
  basis: Basis | null
  windowEndsOn: IsoDay | null
  notes: readonly Explanation[]
}>

const closed = (explanation: LineExplanation, windowEndsOn: IsoDay | null): WindowVerdict => ({
  eligible: false,
  explanation,
  basis: null,
  windowEndsOn,
  notes: [],
})

/**
 * Whether the item may be returned for this kind of reason today. The legal position, which the
 * merchant's settings cannot lower:
 * - faults: the merchant's fault window, at least 2 years for EU/EEA/UK consumers; final sale,
 *   non-returnable flags and supplier terms do not remove the right to return a faulty item;
 * - change of mind, EU/EEA/UK consumers: always allowed through day 14 after delivery, even for
 *   final-sale, non-returnable or supplier-restricted items (a consumer cannot waive the right,
 *   Directive 2011/83/EU art. 25); only legally exempt items lose it;
 * - change of mind otherwise: the merchant's window (item override, else region), cut short by
 *   the supplier's window, and closed by final sale, non-returnable and no-returns suppliers.
 */
export function judgeWindow(ctx: WindowContext, item: WindowItem): WindowVerdict {
  const { today, deliveryDay } = ctx
  if (item.kind === 'fault') {
    const end = deliveryDay + Math.max(ctx.faultWindowDays, ctx.statutory ? STATUTORY_FAULT_DAYS : 0)
    const windowEndsOn = isoDay(end)
    if (today > end) return closed(explanation('fault_window_closed', { windowEndsOn }), windowEndsOn)
    return { eligible: true, explanation: explanation('eligible_fault', { windowEndsOn }), basis: 'fault', windowEndsOn, notes: [] }
  }

  const { exemption } = item.terms
  // A sealed hygiene item is only exempt once unsealed; the shopper's word is checked on inspection.
  if (exemption === 'personalised' || (exemption === 'sealed_hygiene' && item.sealIntact !== true)) {
    return closed(explanation('exempt_item', { exemption }), null)
  }

  const block: LineExplanation | null = item.finalSale
    ? explanation('final_sale', {})
    : item.terms.nonReturnable
      ? explanation('non_returnable', { note: item.terms.note })
      : item.supplier && !item.supplier.acceptsReturns
        ? explanation('supplier_no_returns', {})
        : null
  const merchantEnd = deliveryDay + (item.terms.returnWindowDays ?? ctx.regionWindowDays)
  const supplierDays = item.supplier?.returnWindowDays ?? null
  const supplierEnd = supplierDays === null ? null : deliveryDay + supplierDays
  const contractEnd = supplierEnd === null ? merchantEnd : Math.min(merchantEnd, supplierEnd)
  const statutoryEnd = ctx.statutory ? deliveryDay + STATUTORY_WITHDRAWAL_DAYS : null

  if (statutoryEnd !== null && today <= statutoryEnd) {
    if (block === null && contractEnd > statutoryEnd) {
      const windowEndsOn = isoDay(contractEnd)
      const notes = [explanation('statutory_withdrawal', { until: isoDay(statutoryEnd) })]
      return { eligible: true, explanation: explanation('eligible', { windowEndsOn }), basis: 'statutory_withdrawal', windowEndsOn, notes }
    }
    const windowEndsOn = isoDay(statutoryEnd)
    return { eligible: true, explanation: explanation('eligible_statutory', { windowEndsOn }), basis: 'statutory_withdrawal', windowEndsOn, notes: [] }
  }
  if (block) return closed(block, statutoryEnd === null ? null : isoDay(statutoryEnd))

  const lastDay = statutoryEnd === null ? contractEnd : Math.max(contractEnd, statutoryEnd)
  const windowEndsOn = isoDay(lastDay)
  if (today > lastDay) {
    const supplierBound = supplierEnd !== null && supplierEnd < merchantEnd && lastDay === supplierEnd
    return closed(explanation(supplierBound ? 'supplier_window_closed' : 'window_closed', { windowEndsOn }), windowEndsOn)
  }
  return { eligible: true, explanation: explanation('eligible', { windowEndsOn }), basis: 'merchant_policy', windowEndsOn, notes: [] }
}
