import { type CurrencyCode } from '@/server/domain/money'
import { type Explanation, type IsoDay, type KeepItReason, type LineCode, type LineExplanation } from './explanation-types'
import { type ReasonKind, type RefundTiming, type Resolution, type ReturnReason } from './policy-types'

/** Why an eligible line may be returned; decides which fees and deadlines apply. */
export type Basis = 'fault' | 'statutory_withdrawal' | 'merchant_policy'
export type ReviewReason = 'high_value' | 'blocked_customer' | 'frequent_returner' | 'supplier_approval'
export type Handling = 'ship' | 'keep' | 'none'
export type DestinationType = 'hub' | 'supplier_address' | 'none'
export type LabelPayer = 'merchant' | 'shopper' | 'none'
export type Outcome = 'approve' | 'review' | 'reject'

export type Review = Readonly<{ required: boolean; reasons: readonly ReviewReason[] }>

export type PhotoRequirement = Readonly<{
  required: boolean
  min: number
  max: number
  /** False while a required upload is missing (photoCount left out); the portal must not submit yet. */
  satisfied: boolean
}>

/** Minor units in the order currency, for the units requested on this line (zero when ineligible). */
export type LineAmounts = Readonly<{
  items: number
  discount: number
  tax: number
  returnShippingFee: number
  restockingFee: number
  fees: number
  /** items − discount (+ tax when prices exclude tax) − fees. */
  due: number
}>

export type LineDecision = Readonly<{
  lineId: string
  sku: string
  quantity: number
  reason: ReturnReason
  reasonKind: ReasonKind
  eligible: boolean
  code: LineCode
  explanation: LineExplanation
  notes: readonly Explanation[]
  basis: Basis | null
  /** Last day (UTC) the line can be returned for this reason; null when there is no delivery yet. */
  windowEndsOn: IsoDay | null
  photos: PhotoRequirement
  allowedResolutions: readonly Resolution[]
  amounts: LineAmounts
  labelPaidBy: LabelPayer
  handling: Handling
  destination: DestinationType
  review: Review
  refundTiming: RefundTiming | null
}>

export type RequestTotals = Readonly<{
  currency: CurrencyCode
  /** unitPrice × quantity over the eligible lines. */
  itemsAmount: number
  discountAmount: number
  taxAmount: number
  /** When true the tax is part of itemsAmount and is not added again. */
  taxIncluded: boolean
  returnShippingFee: number
  restockingFee: number
  feesAmount: number
  shippingRefundAmount: number
  /** What the returned items are worth to the shopper after fees, plus any original shipping refunded. */
  valueDue: number
  /** Paid back to the original payment method (resolution refund). */
  refundAmount: number
  storeCreditBonus: number
  /** Issued as store credit, bonus included (resolution store_credit). */
  storeCreditAmount: number
}>

export type ReturnDecision = Readonly<{
  policyVersion: number
  regionId: string
  /** EU/EEA/UK consumer order: the statutory floors apply. */
  statutoryRights: boolean
  resolution: Resolution
  outcome: Outcome
  /** Every eligible line has what it needs (photos); at least one line is eligible. */
  readyToSubmit: boolean
  lines: readonly LineDecision[]
  keepIt: boolean
  keepItReason: KeepItReason | null
  review: Review
  refundTiming: RefundTiming | null
  /** Statutory deadline for the refund of a withdrawal (14 days from the request). */
  refundDueBy: IsoDay | null
  totals: RequestTotals
  notes: readonly Explanation[]
}>
