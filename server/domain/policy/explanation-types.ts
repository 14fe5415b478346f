import { type Money } from '@/server/domain/money'
import { type Exemption, type LocalizedText, type Resolution } from './policy-types'

/** A calendar day in UTC, "YYYY-MM-DD". The engine stores days; `explain` formats them. */
export type IsoDay = string

type NoParams = Readonly<Record<string, never>>

/**
 * Every explanation the engine can give, with its parameters. Decisions carry `{ code, params }`
 * only; `explain` renders them lazily so the decision path never touches Intl.
 */
export type ExplanationParams = {
  // Why a line can be returned.
  eligible: { windowEndsOn: IsoDay }
  eligible_statutory: { windowEndsOn: IsoDay }
  eligible_fault: { windowEndsOn: IsoDay }
  // Why it cannot.
  not_delivered: { expectedOn: IsoDay | null }
  already_returned: NoParams
  quantity_exceeds_remaining: { remaining: number; requested: number }
  window_closed: { windowEndsOn: IsoDay }
  supplier_window_closed: { windowEndsOn: IsoDay }
  fault_window_closed: { windowEndsOn: IsoDay }
  final_sale: NoParams
  non_returnable: { note: LocalizedText | null }
  exempt_item: { exemption: Exemption }
  supplier_no_returns: NoParams
  photos_required: { min: number; max: number; provided: number }
  too_many_photos: { max: number; provided: number }
  resolution_not_allowed: { resolution: Resolution; allowed: readonly Resolution[] }
  // Notes that add detail to a line or a request.
  statutory_withdrawal: { until: IsoDay }
  assumed_delivery: { deliveredOn: IsoDay; transitDays: number }
  return_shipping_fee: { amount: Money }
  restocking_fee: { amount: Money; bps: number }
  fee_capped: { cap: Money }
  keep_it: { reason: KeepItReason }
  keep_it_limit_reached: { count: number; periodDays: number }
  keep_it_repeat_sku: { sku: string }
  review_high_value: { threshold: Money }
  review_blocked_customer: NoParams
  review_frequent_returner: { count: number; periodDays: number }
  review_supplier_approval: NoParams
  refund_due_by: { date: IsoDay }
  shipping_refunded: { amount: Money }
  store_credit_bonus: { amount: Money; bps: number }
}

export type KeepItReason = 'below_value' | 'ship_cost'
export type ExplanationCode = keyof ExplanationParams
export type Explanation = { [C in ExplanationCode]: Readonly<{ code: C; params: Readonly<ExplanationParams[C]> }> }[ExplanationCode]

export const LINE_CODES = [
  'eligible',
  'eligible_statutory',
  'eligible_fault',
  'not_delivered',
  'already_returned',
  'quantity_exceeds_remaining',
  'window_closed',
  'supplier_window_closed',
  'fault_window_closed',
  'final_sale',
  'non_returnable',
  'exempt_item',
  'supplier_no_returns',
  'photos_required',
  'too_many_photos',
  'resolution_not_allowed',
] as const satisfies readonly ExplanationCode[]

export const NOTE_CODES = [
  'statutory_withdrawal',
  'assumed_delivery',
  'return_shipping_fee',
  'restocking_fee',
  'fee_capped',
  'keep_it',
  'keep_it_limit_reached',
  'keep_it_repeat_sku',
  'review_high_value',
  'review_blocked_customer',
  'review_frequent_returner',
  'review_supplier_approval',
  'refund_due_by',
  'shipping_refunded',
  'store_credit_bonus',
] as const satisfies readonly ExplanationCode[]

/** The machine code of a line's verdict (a subset of the explanation codes). */
export type LineCode = (typeof LINE_CODES)[number]
export type LineExplanation = Extract<Explanation, { code: LineCode }>
export const EXPLANATION_CODES: readonly ExplanationCode[] = [...LINE_CODES, ...NOTE_CODES]

// Fails to compile when a code is added to ExplanationParams but to neither list above.
type Unlisted = Exclude<ExplanationCode, (typeof LINE_CODES)[number] | (typeof NOTE_CODES)[number]>
const _everyCodeListed: [Unlisted] extends [never] ? true : false = true

/** Builds an explanation with its parameters checked against the code. */
export const explanation = <C extends ExplanationCode>(code: C, params: ExplanationParams[C]) =>
  ({ code, params }) as Extract<Explanation, { code: C }>
