import { type Money } from '@/server/domain/money'
import { type Base } from './base-amounts'
import { type LineAmounts, type LineDecision, type Review, type ReviewReason } from './decision-types'
import { explanation } from './explanation-types'
import { type FeeResult } from './fees'
import { type LineVerdict } from './judge-line'
import { type OrderLineInput, type RequestedItem } from './order-types'
import { reasonKind, type RefundTiming } from './policy-types'

const ZERO_AMOUNTS: LineAmounts = { items: 0, discount: 0, tax: 0, returnShippingFee: 0, restockingFee: 0, fees: 0, due: 0 }
const NO_REVIEW: Review = { required: false, reasons: [] }

/** What the whole request decided that each line needs to know. */
export type LineOutcome = Readonly<{
  keep: boolean
  labelPaidBy: LineDecision['labelPaidBy']
  reviewReasons: readonly ReviewReason[]
  refundTiming: RefundTiming | null
  taxIncluded: boolean
  cash: (amount: number) => Money
}>

// One literal with every field, so all line decisions share a shape (this is the hot path).
export function lineDecision(item: RequestedItem, line: OrderLineInput, verdict: LineVerdict, base: Base | null, fee: FeeResult, o: LineOutcome): LineDecision {
  const eligible = base !== null
  let notes = verdict.notes
  if (base !== null && (fee.returnShipping > 0 || fee.restocking > 0 || fee.capped)) {
    const more = [...notes]
    if (fee.returnShipping > 0) more.push(explanation('return_shipping_fee', { amount: o.cash(fee.returnShipping) }))
    if (fee.restocking > 0) more.push(explanation('restocking_fee', { amount: o.cash(fee.restocking), bps: verdict.restockingFeeBps }))
    if (fee.capped) more.push(explanation('fee_capped', { cap: o.cash(base.value) }))
    notes = more
  }
  const fees = fee.returnShipping + fee.restocking
  const ships = eligible && !o.keep
  return {
    lineId: item.lineId,
    sku: line.sku,
    quantity: item.quantity,
    reason: item.reason,
    reasonKind: reasonKind(item.reason),
    eligible,
    code: verdict.explanation.code,
    explanation: verdict.explanation,
    notes,
    basis: verdict.basis,
    windowEndsOn: verdict.windowEndsOn,
    photos: verdict.photos,
    allowedResolutions: verdict.allowedResolutions,
    amounts: base
      ? {
          items: base.items,
          discount: base.discount,
          tax: base.tax,
          returnShippingFee: fee.returnShipping,
          restockingFee: fee.restocking,
          fees,
          due: base.value + (o.taxIncluded ? 0 : base.tax) - fees,
        }
      : ZERO_AMOUNTS,
    labelPaidBy: ships ? o.labelPaidBy : 'none',
    handling: !eligible ? 'none' : ships ? 'ship' : 'keep',
    destination: !ships ? 'none' : verdict.supplier?.acceptsReturns ? verdict.supplier.returnsTo : 'hub',
    review: eligible && o.reviewReasons.length > 0 ? { required: true, reasons: o.reviewReasons } : NO_REVIEW,
    refundTiming: eligible ? o.refundTiming : null,
  }
}
