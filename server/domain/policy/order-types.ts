import { type CurrencyCode, type Money } from '@/server/domain/money'
import { type CountryCode, type IsoInstant, type Resolution, type ReturnPolicy, type ReturnReason } from './policy-types'

/** Instants arrive as ISO strings (JSON, fixtures) or Dates (Prisma); both are accepted. */
export type Instant = IsoInstant | Date

export type OrderLineInput = Readonly<{
  id: string
  sku: string
  category: string | null
  /** The supplier's code (Supplier.code), which the policy's supplier rules are keyed by. */
  supplierCode: string | null
  unitPrice: Money
  quantity: number
  /** Tax charged on the whole line. */
  taxAmount: Money
  /** The share of order-level discounts allocated to the whole line. */
  discountAmount: Money
  finalSale: boolean
  /** Units already in a return (requested, on their way or refunded); only the rest can be returned. */
  returnedQuantity: number
}>

export type OrderInput = Readonly<{
  id: string
  number: string
  currency: CurrencyCode
  /** Statutory consumer rights only apply to consumers. */
  buyer: 'consumer' | 'business'
  shipCountry: CountryCode
  placedAt: Instant
  shippedAt: Instant | null
  deliveredAt: Instant | null
  /** EU/UK shops price with VAT included; US shops add sales tax on top. Decides whether tax is refunded on top. */
  pricesIncludeTax: boolean
  /** Original shipping charged to the shopper. */
  shippingAmount: Money
  lines: readonly OrderLineInput[]
}>

export type CustomerHistory = Readonly<{
  blocked: boolean
  /** When the customer's earlier return requests were made (any order of this shop). */
  pastReturns: readonly Instant[]
  /** When the customer was earlier allowed to keep an item. */
  pastKeepIts: readonly Instant[]
  /** SKUs the customer has returned before. */
  returnedSkus: readonly string[]
}>

export type RequestedItem = Readonly<{
  lineId: string
  quantity: number
  reason: ReturnReason
  /**
   * Photos uploaded for this item. Leave out to preview eligibility before the upload step;
   * the submit call must pass it, or a line that needs photos is not accepted.
   */
  photoCount?: number
  /** The shopper's statement that a hygiene seal is unbroken; inspection checks it. */
  sealIntact?: boolean
}>

export type ReturnRequestInput = Readonly<{
  items: readonly RequestedItem[]
  resolution: Resolution
}>

export type EvaluateReturnInput = Readonly<{
  /** The version in force when the order was placed (see policyInForce). */
  policy: ReturnPolicy
  order: OrderInput
  request: ReturnRequestInput
  customer: CustomerHistory
  /** The request date; the engine reads no clock. */
  now: Date
}>
