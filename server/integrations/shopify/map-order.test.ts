import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ZOrderInput } from '@/server/services/orders/order-input'
import { mapShopifyOrder } from './map-order'
import { shopifyHmac, verifyShopifyHmac } from './verify-webhook'

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'))

describe('mapShopifyOrder', () => {
  test('orders/create: number from the name, lines with their discount allocations and tax lines, in cents', () => {
    const { number, order } = mapShopifyOrder(fixture('orders-create'))
    expect(number).toBe('#2041')
    expect(order).toMatchObject({
      email: 'Riley.Chen@Example.com',
      customerName: 'Riley Chen',
      currency: 'USD',
      placedAt: '2026-11-02T17:14:31.000Z',
      shippedAt: null,
      deliveredAt: null,
      pricesIncludeTax: false,
      shippingAmount: 795,
      payment: { provider: 'shopify', reference: '5987654321012' },
      shippingAddress: { name: 'Riley Chen', line1: '1200 Pine St', line2: 'Apt 4', city: 'Seattle', region: 'WA', postcode: '98101', country: 'US' },
    })
    expect(order.lines).toEqual([
      { sku: 'NW-BOTTLE-750', title: 'Insulated Bottle 750 ml', variant: 'Glacier', unitPrice: 3200, quantity: 2, taxAmount: 596, discountAmount: 640 },
      // No SKU in Shopify: the variant id stands in, so the line is still recognisable on the next update.
      { sku: 'shopify-variant-45022222222222', title: 'Merino Trail Socks', variant: 'L', unitPrice: 1800, quantity: 1, taxAmount: 168, discountAmount: 180 },
    ])
    // What Shopify charged: 82.00 − 8.20 + 7.95 shipping + 7.64 tax.
    const valid = ZOrderInput.parse(order)
    const sum = valid.lines.reduce((s, l) => s + l.unitPrice * l.quantity - l.discountAmount + l.taxAmount, 0) + valid.shippingAmount
    expect(sum).toBe(8939)
  })

  test('orders/updated: the changed address comes through', () => {
    expect(mapShopifyOrder(fixture('orders-updated')).order.shippingAddress).toMatchObject({ line1: '1300 Pine St', line2: null })
  })

  test('orders/fulfilled: shipped at the fulfilment, delivered at its "delivered" event', () => {
    const { order } = mapShopifyOrder(fixture('orders-fulfilled'))
    expect(order).toMatchObject({ shippedAt: '2026-11-03T22:05:00.000Z', deliveredAt: '2026-11-06T21:22:00.000Z' })
  })

  test('delivery falls back to delivered_at, then to a delivered shipment status; cancelled fulfilments do not count', () => {
    const base = fixture('orders-fulfilled')
    const [fulfillment] = base.fulfillments
    const withDeliveredAt = { ...base, fulfillments: [{ ...fulfillment, events: undefined, delivered_at: '2026-11-07T10:00:00Z' }] }
    expect(mapShopifyOrder(withDeliveredAt).order.deliveredAt).toBe('2026-11-07T10:00:00.000Z')
    const statusOnly = { ...base, fulfillments: [{ ...fulfillment, events: undefined }] }
    expect(mapShopifyOrder(statusOnly).order.deliveredAt).toBe('2026-11-07T00:40:00.000Z')
    const cancelled = { ...base, fulfillments: [{ ...fulfillment, status: 'cancelled' }] }
    expect(mapShopifyOrder(cancelled).order).toMatchObject({ shippedAt: null, deliveredAt: null })
  })

  test('gift cards are left out; an order without a shipping address or in another shape is refused', () => {
    const base = fixture('orders-create')
    const withGiftCard = { ...base, line_items: [...base.line_items, { ...base.line_items[0], id: 1, sku: 'GIFT', gift_card: true }] }
    expect(mapShopifyOrder(withGiftCard).order.lines).toHaveLength(2)
    expect(() => mapShopifyOrder({ ...base, shipping_address: null })).toThrow(/no complete shipping address/)
    expect(() => mapShopifyOrder({ ...base, line_items: 'nope' })).toThrow(/Not a Shopify order payload/)
    expect(() => mapShopifyOrder({ ...base, line_items: [{ ...base.line_items[0], price: '1.999' }] })).toThrow(/is not an amount/)
  })
})

describe('verifyShopifyHmac', () => {
  const body = JSON.stringify(fixture('orders-create'))
  test('accepts the base64 HMAC of the exact raw body, and nothing else', () => {
    const header = shopifyHmac(body, 'shpss_secret')
    expect(verifyShopifyHmac(body, header, 'shpss_secret')).toBe(true)
    expect(verifyShopifyHmac(`${body} `, header, 'shpss_secret')).toBe(false)
    expect(verifyShopifyHmac(body, header, 'another-secret')).toBe(false)
    expect(verifyShopifyHmac(body, null, 'shpss_secret')).toBe(false)
    expect(verifyShopifyHmac(body, 'not base64!', 'shpss_secret')).toBe(false)
    expect(verifyShopifyHmac(body, header.slice(4), 'shpss_secret')).toBe(false)
  })
})
