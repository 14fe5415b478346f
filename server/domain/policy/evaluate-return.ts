import { type Money } from '@/server/domain/money'
import { bpsOf } from './amounts'
import { type Base, baseOf } from './base-amounts'
import { epochDay, isoDay } from './calendar'
import { compilePolicy } from './compile-policy'
import { type ReturnDecision, type ReviewReason } from './decision-types'
import { explanation, type Explanation } from './explanation-types'
import { computeFees, type FeeInput } from './fees'
import { judgeLine, type LineContext, type LineVerdict } from './judge-line'
import { decideKeepIt } from './keep-it'
import { type EvaluateReturnInput, type OrderLineInput } from './order-types'
import { lineDecision } from './line-decision'
import { reasonKind, type RefundTiming } from './policy-types'
import { isStatutoryCountry, STATUTORY_REFUND_DAYS } from './regions'
import { requestReview } from './review'
import { refundsOriginalShipping } from './shipping-refund'
import { validateInput } from './validate-input'
import { deliveryOf } from './windows'

/** The decision for one return request. Pure: same input, same decision. */
export function evaluateReturn(input: EvaluateReturnInput): ReturnDecision {
  const linesById = validateInput(input)
  const { policy, order, request, customer, now } = input
  const { currency } = order
  const { resolution, items } = request
  const nowMs = now.getTime()
  const today = epochDay(nowMs)
  const compiled = compilePolicy(policy)
  const region = compiled.regionByCountry.get(order.shipCountry) ?? policy.defaultRegion
  const statutory = order.buyer === 'consumer' && isStatutoryCountry(order.shipCountry)
  const ctx: LineContext = {
    policy,
    compiled,
    regionId: region.id,
    regionWindowDays: region.returnWindowDays,
    transitDays: region.transitAllowanceDays,
    statutory,
    delivery: deliveryOf(order, region.transitAllowanceDays, nowMs),
    today,
    resolution,
  }

  // Exchanges and replacements keep the value with the merchant, so they ship free of fees.
  const settledInMoney = resolution === 'refund' || resolution === 'store_credit'
  const lines: OrderLineInput[] = []
  const verdicts: LineVerdict[] = []
  const bases: (Base | null)[] = []
  const skus: string[] = []
  let value = 0
  let withdrawal = false
  for (const item of items) {
    const line = linesById.get(item.lineId)!
    const verdict = judgeLine(ctx, line, item)
    const base = verdict.eligible ? baseOf(line, item.quantity) : null
    lines.push(line)
    verdicts.push(verdict)
    bases.push(base)
    if (base === null) continue
    value += base.value
    skus.push(line.sku)
    withdrawal ||= verdict.basis === 'statutory_withdrawal'
  }
  const anyEligible = skus.length > 0

  const keepIt = decideKeepIt(policy.keepIt, { currency, value, labelCost: region.labelCostEstimate[currency], skus, customer, nowMs })
  const shippingFee = region.returnShippingFee[currency] ?? 0
  const feeInputs: FeeInput[] = items.map((item, i) => ({
    itemValue: bases[i]?.value ?? 0,
    charged: bases[i] !== null && settledInMoney && !keepIt.keep && reasonKind(item.reason) === 'change_of_mind',
    // Restocking fees are a merchant term; a statutory withdrawal cannot be charged one.
    restockingFeeBps: verdicts[i]!.basis === 'merchant_policy' ? verdicts[i]!.restockingFeeBps : 0,
  }))
  const fees = computeFees(feeInputs, shippingFee)

  const reviewed = anyEligible ? requestReview(policy.review, { currency, value, customer, nowMs }) : { reasons: [], notes: [] }
  const refundTiming: RefundTiming | null = !anyEligible ? null : keepIt.keep ? 'immediate' : policy.resolutions.refundTiming[resolution]
  const cash = (amount: number): Money => ({ amount, currency })
  const withSupplier: ReviewReason[] = [...reviewed.reasons, 'supplier_approval']
  const totals = { itemsAmount: 0, discountAmount: 0, taxAmount: 0, returnShippingFee: 0, restockingFee: 0, due: 0 }
  let supplierApproval = false

  const decisions = items.map((item, i) => {
    const verdict = verdicts[i]!
    const needsSupplier = !keepIt.keep && bases[i] !== null && verdict.supplier?.approvalRequired === true
    supplierApproval ||= needsSupplier
    const decision = lineDecision(item, lines[i]!, verdict, bases[i]!, fees[i]!, {
      keep: keepIt.keep,
      labelPaidBy: reasonKind(item.reason) === 'fault' || !feeInputs[i]!.charged || shippingFee === 0 ? 'merchant' : 'shopper',
      reviewReasons: needsSupplier ? withSupplier : reviewed.reasons,
      refundTiming,
      taxIncluded: order.pricesIncludeTax,
      cash,
    })
    const { amounts } = decision
    totals.itemsAmount += amounts.items
    totals.discountAmount += amounts.discount
    totals.taxAmount += amounts.tax
    totals.returnShippingFee += amounts.returnShippingFee
    totals.restockingFee += amounts.restockingFee
    totals.due += amounts.due
    return decision
  })

  const shippingRefundAmount = settledInMoney && refundsOriginalShipping(order, request, verdicts) ? order.shippingAmount.amount : 0
  const valueDue = totals.due + shippingRefundAmount
  const bonusBps = policy.resolutions.storeCreditBonusBps
  const storeCreditBonus = resolution === 'store_credit' ? bpsOf(valueDue, bonusBps) : 0
  const refundDueBy = settledInMoney && withdrawal ? isoDay(today + STATUTORY_REFUND_DAYS) : null
  const reviewReasons = supplierApproval ? withSupplier : reviewed.reasons

  const notes: Explanation[] = [...keepIt.notes, ...reviewed.notes]
  if (supplierApproval) notes.push(explanation('review_supplier_approval', {}))
  if (refundDueBy !== null) notes.push(explanation('refund_due_by', { date: refundDueBy }))
  if (shippingRefundAmount > 0) notes.push(explanation('shipping_refunded', { amount: cash(shippingRefundAmount) }))
  if (storeCreditBonus > 0) notes.push(explanation('store_credit_bonus', { amount: cash(storeCreditBonus), bps: bonusBps }))

  return {
    policyVersion: policy.version,
    regionId: region.id,
    statutoryRights: statutory,
    resolution,
    outcome: !anyEligible ? 'reject' : reviewReasons.length > 0 ? 'review' : 'approve',
    readyToSubmit: anyEligible && decisions.every((d) => !d.eligible || d.photos.satisfied),
    lines: decisions,
    keepIt: keepIt.keep,
    keepItReason: keepIt.reason,
    review: { required: reviewReasons.length > 0, reasons: reviewReasons },
    refundTiming,
    refundDueBy,
    totals: {
      currency,
      itemsAmount: totals.itemsAmount,
      discountAmount: totals.discountAmount,
      taxAmount: totals.taxAmount,
      taxIncluded: order.pricesIncludeTax,
      returnShippingFee: totals.returnShippingFee,
      restockingFee: totals.restockingFee,
      feesAmount: totals.returnShippingFee + totals.restockingFee,
      shippingRefundAmount,
      valueDue,
      refundAmount: resolution === 'refund' ? valueDue : 0,
      storeCreditBonus,
      storeCreditAmount: resolution === 'store_credit' ? valueDue + storeCreditBonus : 0,
    },
    notes,
  }
}
