import { z } from 'zod'

/**
 * An order as a merchant's system sends it (REST API, Shopify mapping, CSV import): one schema, so
 * every way in checks the same things. Amounts are integers in minor units of `currency`.
 * `.meta({ id })` names the schemas in the OpenAPI document.
 */
const ZAmount = z.number().int().min(0).max(1_000_000_000)
const ZInstant = z.iso.datetime({ offset: true })

export const ZOrderLineInput = z
  .object({
    sku: z.string().trim().min(1).max(100),
    title: z.string().trim().min(1).max(300),
    variant: z.string().trim().max(200).nullish(),
    imageUrl: z.url({ protocol: /^https?$/ }).max(2000).nullish(),
    category: z.string().trim().max(100).nullish(),
    unitPrice: ZAmount.meta({ description: 'Price of one unit, in minor units (cents).' }),
    quantity: z.number().int().min(1).max(10_000),
    taxAmount: ZAmount.default(0).meta({ description: 'Tax charged on this line in total, in minor units.' }),
    discountAmount: ZAmount.default(0).meta({ description: "This line's share of every discount, in minor units." }),
    finalSale: z.boolean().default(false),
    supplierCode: z.string().trim().min(1).max(100).nullish().meta({ description: "A supplier code of the shop; decides the supplier's return terms." }),
  })
  .meta({ id: 'OrderLine' })

export const ZShippingAddress = z
  .object({
    name: z.string().trim().min(1).max(200),
    line1: z.string().trim().min(1).max(200),
    line2: z.string().trim().max(200).nullish(),
    city: z.string().trim().min(1).max(100),
    region: z.string().trim().max(100).nullish(),
    postcode: z.string().trim().min(1).max(20),
    country: z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code, e.g. DE.'),
  })
  .meta({ id: 'ShippingAddress' })

export const ZOrderInput = z
  .object({
    email: z.email().max(320),
    customerName: z.string().trim().min(1).max(200),
    currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 currency code, e.g. EUR.'),
    placedAt: ZInstant,
    shippedAt: ZInstant.nullish(),
    deliveredAt: ZInstant.nullish().meta({ description: 'When the parcel reached the shopper; return windows count from here.' }),
    buyerType: z.enum(['consumer', 'business']).default('consumer'),
    pricesIncludeTax: z.boolean().default(false).meta({ description: 'True when prices include VAT (EU/UK); false when tax is added on top (US).' }),
    shippingAddress: ZShippingAddress,
    shippingAmount: ZAmount.default(0),
    payment: z
      .object({
        provider: z.string().trim().min(1).max(40).default('stripe'),
        reference: z.string().trim().min(1).max(200).nullish().meta({ description: 'The Stripe PaymentIntent id (pi_…) for Stripe payments.' }),
        capturedAmount: ZAmount.optional().meta({ description: 'What was charged; defaults to the order total.' }),
      })
      .default({ provider: 'stripe' }),
    lines: z.array(ZOrderLineInput).min(1).max(500),
  })
  .superRefine((order, ctx) => {
    order.lines.forEach((line, index) => {
      if (line.discountAmount > line.unitPrice * line.quantity) {
        ctx.addIssue({ code: 'custom', path: ['lines', index, 'discountAmount'], message: 'A discount cannot exceed the line price.' })
      }
    })
  })
  .meta({ id: 'OrderInput' })

export type OrderInput = z.output<typeof ZOrderInput>
export type OrderInputDraft = z.input<typeof ZOrderInput>
