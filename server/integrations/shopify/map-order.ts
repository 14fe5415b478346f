import { z } from 'zod'
import { AppError } from '@/server/app-error'
import { parseDecimalAmount } from '@/server/domain/decimal-amount'
import type { OrderInputDraft } from '@/server/services/orders/order-input'

/**
 * Shopify's order webhook payload (REST format, as sent for orders/create, orders/updated and
 * orders/fulfilled), reduced to the fields Roundtrip reads. Everything else is ignored.
 */
const ZMoneyText = z.string().regex(/^\d+(\.\d+)?$/)
const ZAllocation = z.object({ amount: ZMoneyText })
const ZTaxLine = z.object({ price: ZMoneyText })
const ZAddress = z.object({
  name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  address1: z.string().nullish(),
  address2: z.string().nullish(),
  city: z.string().nullish(),
  province_code: z.string().nullish(),
  province: z.string().nullish(),
  zip: z.string().nullish(),
  country_code: z.string().nullish(),
})
const ZFulfillment = z.object({
  status: z.string().nullish(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  shipment_status: z.string().nullish(),
  delivered_at: z.string().nullish(),
  events: z.array(z.object({ status: z.string(), happened_at: z.string() })).nullish(),
})

export const ZShopifyOrder = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string().nullish(),
  contact_email: z.string().nullish(),
  created_at: z.string(),
  currency: z.string(),
  taxes_included: z.boolean(),
  customer: z.object({ email: z.string().nullish(), first_name: z.string().nullish(), last_name: z.string().nullish() }).nullish(),
  shipping_address: ZAddress.nullish(),
  line_items: z.array(
    z.object({
      id: z.number().int(),
      variant_id: z.number().int().nullish(),
      sku: z.string().nullish(),
      title: z.string(),
      variant_title: z.string().nullish(),
      price: ZMoneyText,
      quantity: z.number().int(),
      gift_card: z.boolean().nullish(),
      tax_lines: z.array(ZTaxLine).default([]),
      discount_allocations: z.array(ZAllocation).default([]),
    }),
  ),
  shipping_lines: z.array(z.object({ price: ZMoneyText, discount_allocations: z.array(ZAllocation).default([]) })).default([]),
  fulfillments: z.array(ZFulfillment).default([]),
})
export type ShopifyOrder = z.infer<typeof ZShopifyOrder>

const iso = (text: string) => new Date(text).toISOString()
const total = (items: { amount?: string; price?: string }[], currency: string) => items.reduce((sum, item) => sum + parseDecimalAmount(item.amount ?? item.price ?? '0', currency), 0)

/** When the parcel reached the shopper: a "delivered" fulfilment event, Shopify's delivered_at, or the delivered shipment status's timestamp. */
function deliveredAt(fulfillment: z.infer<typeof ZFulfillment>): string | null {
  const event = fulfillment.events?.find((e) => e.status === 'delivered')
  if (event) return iso(event.happened_at)
  if (fulfillment.delivered_at) return iso(fulfillment.delivered_at)
  if (fulfillment.shipment_status === 'delivered' && fulfillment.updated_at) return iso(fulfillment.updated_at)
  return null
}

const latest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort().at(-1) ?? null
const earliest = (dates: string[]) => [...dates].sort()[0] ?? null

/**
 * A Shopify order as Roundtrip's order input: order number from its name ("#2041" → 2041), prices
 * in minor units, each line's discount allocations and tax lines, shipping after its discounts,
 * shipped at the first fulfilment and delivered at the last delivery. Gift cards are not returnable
 * goods and are left out. Throws INVALID_INPUT when the payload cannot be an order here.
 */
export function mapShopifyOrder(payload: unknown): { number: string; order: OrderInputDraft } {
  const parsed = ZShopifyOrder.safeParse(payload)
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', { userMessage: `Not a Shopify order payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, details: { reason: 'invalid_shopify_order' } })
  }
  const o = parsed.data
  const currency = o.currency
  const address = o.shipping_address
  if (!address?.address1 || !address.city || !address.zip || !address.country_code) {
    throw new AppError('INVALID_INPUT', { userMessage: `Shopify order ${o.name} has no complete shipping address, so nothing can be returned from it.`, details: { reason: 'no_shipping_address' } })
  }
  const personName = (a: { name?: string | null; first_name?: string | null; last_name?: string | null } | null | undefined) =>
    a?.name?.trim() || [a?.first_name, a?.last_name].filter(Boolean).join(' ').trim() || null
  const email = o.email || o.contact_email || o.customer?.email || ''
  const lines = o.line_items.filter((li) => !li.gift_card)
  const active = o.fulfillments.filter((f) => f.status !== 'cancelled' && f.status !== 'failure' && f.status !== 'error')

  return {
    number: o.name,
    order: {
      email,
      customerName: personName(o.customer) ?? personName(address) ?? email,
      currency,
      placedAt: iso(o.created_at),
      shippedAt: earliest(active.map((f) => iso(f.created_at))),
      deliveredAt: latest(active.map(deliveredAt)),
      pricesIncludeTax: o.taxes_included,
      shippingAddress: {
        name: personName(address) ?? email,
        line1: address.address1,
        line2: address.address2 || null,
        city: address.city,
        region: address.province_code || address.province || null,
        postcode: address.zip,
        country: address.country_code.toUpperCase(),
      },
      shippingAmount: o.shipping_lines.reduce((sum, s) => sum + Math.max(0, parseDecimalAmount(s.price, currency) - total(s.discount_allocations, currency)), 0),
      payment: { provider: 'shopify', reference: String(o.id) },
      lines: lines.map((li) => ({
        sku: li.sku?.trim() || `shopify-variant-${li.variant_id ?? li.id}`,
        title: li.title,
        variant: li.variant_title || null,
        unitPrice: parseDecimalAmount(li.price, currency),
        quantity: li.quantity,
        taxAmount: total(li.tax_lines, currency),
        discountAmount: total(li.discount_allocations, currency),
      })),
    },
  }
}
