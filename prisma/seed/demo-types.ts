import { type ReturnPolicy } from '@/server/domain/policy'
// Shapes of the demo data. The data files hold plain values; seed-demo.ts writes them.
import { type ActorType, type ReturnStatus, type StaffRole } from '@/prisma/generated/client'

/** Offsets from `options.now`, in days (fractions allowed): 6 means "six days before now". */
export type DaysAgo = number

export type DemoShop = Readonly<{
  slug: string
  name: string
  brandPrimary: string
  brandAccent: string
  logoUrl: string | null
  currency: string
  locale: string
  supportEmail: string
  /** Orders get paymentReference = prefix + order number (unique across shops, for webhook lookups). */
  paymentReferencePrefix: string
  createdDaysAgo: DaysAgo
  /** Version 1 of the shop's return policy; supplier terms are in it, keyed by supplier code. */
  policy: ReturnPolicy
}>

export type DemoHub = Readonly<{
  code: string
  name: string
  line1: string
  line2?: string
  city: string
  region?: string
  postcode: string
  country: string
  latitude: number
  longitude: number
  acceptsCountries: readonly string[]
  carriers: readonly string[]
}>

export type DemoSupplier = Readonly<{
  code: string
  name: string
  country: string
  /** Code of a hub in demo-hubs.ts, or null to let routing pick the hub nearest the shopper. */
  returnHubCode: string | null
}>

export type DemoAddress = Readonly<{
  name: string
  line1: string
  line2?: string
  city: string
  region?: string
  postcode: string
  country: string
}>

export type DemoCustomer = Readonly<{ email: string; name: string; address: DemoAddress }>

/** One sellable variant. Prices live on order lines, because they depend on the order's currency. */
export type DemoProduct = Readonly<{
  sku: string
  title: string
  variant: string
  category: string
  /** File name under public/demo/products/, without ".svg". */
  image: string
  supplierCode: string
}>

/**
 * How a line's tax is worked out. `included`: the price already contains VAT (EUR, GBP), taxAmount
 * is the VAT inside it and is not added to the total. `added`: US sales tax, added on top.
 */
export type TaxRule = Readonly<{ kind: 'included' | 'added'; rateBps: number; label: string }>

export type DemoLine = Readonly<{
  product: DemoProduct
  unitPrice: number
  quantity: number
  finalSale?: boolean
  /** A line-level promotion, in minor units (order-level discounts are allocated on top). */
  discount?: number
}>

export type DemoOrder = Readonly<{
  number: string
  customer: DemoCustomer
  currency: string
  tax: TaxRule
  /** An order-level percentage discount in basis points (2000 = 20%), spread over the lines. */
  orderDiscountBps?: number
  shippingAmount: number
  placedDaysAgo: DaysAgo
  shippedDaysAgo: DaysAgo | null
  deliveredDaysAgo: DaysAgo | null
  lines: readonly DemoLine[]
  /** What the order demonstrates (used in the README table). */
  demonstrates: string
}>

export type DemoStaff = Readonly<{ shopSlug: string; email: string; name: string; password: string; role: StaffRole }>

export type DemoReturnEvent = Readonly<{
  daysAgo: DaysAgo
  from: ReturnStatus | null
  to: ReturnStatus
  actor: ActorType
  note: string
}>
