import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { shopifyHmac } from '@/server/integrations/shopify/verify-webhook'
import { lookupOrder } from '@/server/services/orders/lookup-order'
import { createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { POST } from './route'

const db = connectTestDb()
const fixture = (name: string) => readFileSync(new URL(`../../../../server/integrations/shopify/fixtures/${name}.json`, import.meta.url), 'utf8')

async function connectedShop() {
  const shop = await createShop(db, { currency: 'USD' })
  const shopDomain = `${shop.slug}.myshopify.com`
  const secret = `shpss_${randomBytes(16).toString('hex')}`
  await db.shopifyConnection.create({ data: { shopId: shop.id, shopDomain, webhookSecret: secret } })
  return { shop, shopDomain, secret }
}

function deliver(body: string, options: { domain: string; secret: string; topic?: string; webhookId?: string; hmac?: string }) {
  return POST(
    new Request('http://localhost/api/webhooks/shopify', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': options.topic ?? 'orders/create',
        'x-shopify-shop-domain': options.domain,
        'x-shopify-webhook-id': options.webhookId ?? randomBytes(8).toString('hex'),
        'x-shopify-hmac-sha256': options.hmac ?? shopifyHmac(body, options.secret),
      },
    }),
  )
}

describe('POST /api/webhooks/shopify', () => {
  test('valid HMAC: orders/create becomes an order the shopper can look up, with lines, discounts and address', async () => {
    const { shop, shopDomain, secret } = await connectedShop()
    const response = await deliver(fixture('orders-create'), { domain: shopDomain, secret })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ result: 'applied', orderNumber: '2041', created: true })
    const order = await db.order.findUniqueOrThrow({ where: { shopId_number: { shopId: shop.id, number: '2041' } }, include: { lines: { orderBy: { position: 'asc' } } } })
    expect(order).toMatchObject({
      email: 'riley.chen@example.com', currency: 'USD', shipCity: 'Seattle', shipCountry: 'US', shipPostcode: '98101',
      subtotalAmount: 8200, discountAmount: 820, taxAmount: 764, shippingAmount: 795, totalAmount: 8939, paymentProvider: 'shopify', deliveredAt: null,
    })
    expect(order.lines.map((l) => [l.sku, l.unitPrice, l.quantity, l.discountAmount, l.taxAmount])).toEqual([
      ['NW-BOTTLE-750', 3200, 2, 640, 596],
      ['shopify-variant-45022222222222', 1800, 1, 180, 168],
    ])
    await expect(lookupOrder(db, { shopSlug: shop.slug, orderNumber: '#2041', email: 'riley.chen@example.com' }, { minFailureMs: 0 })).resolves.toMatchObject({ orderId: order.id })
  })

  test('orders/updated then orders/fulfilled update the same order: new address, shipped and delivered dates', async () => {
    const { shop, shopDomain, secret } = await connectedShop()
    await deliver(fixture('orders-create'), { domain: shopDomain, secret })
    expect(await (await deliver(fixture('orders-updated'), { domain: shopDomain, secret, topic: 'orders/updated' })).json()).toMatchObject({ result: 'applied', created: false })
    await deliver(fixture('orders-fulfilled'), { domain: shopDomain, secret, topic: 'orders/fulfilled' })
    const orders = await db.order.findMany({ where: { shopId: shop.id } })
    expect(orders).toHaveLength(1)
    expect(orders[0]).toMatchObject({ shipLine1: '1300 Pine St', shippedAt: new Date('2026-11-03T22:05:00Z'), deliveredAt: new Date('2026-11-06T21:22:00Z') })
  })

  test('invalid HMAC, another store\'s secret or an unknown store: 401 and nothing written', async () => {
    const { shop, shopDomain, secret } = await connectedShop()
    const other = await connectedShop()
    const body = fixture('orders-create')
    expect((await deliver(body, { domain: shopDomain, secret, hmac: shopifyHmac(body, 'wrong') })).status).toBe(401)
    expect((await deliver(body, { domain: shopDomain, secret: other.secret })).status).toBe(401)
    expect((await deliver(body, { domain: 'nobody.myshopify.com', secret })).status).toBe(401)
    // Signed over other bytes than those sent (a re-serialised body does not verify).
    expect((await deliver(JSON.stringify(JSON.parse(body)), { domain: shopDomain, secret, hmac: shopifyHmac(body, secret) })).status).toBe(401)
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0)
    expect(await db.shopifyWebhook.count({ where: { shopId: shop.id } })).toBe(0)
  })

  test('a redelivery with the same X-Shopify-Webhook-Id is applied once, even when racing', async () => {
    const { shop, shopDomain, secret } = await connectedShop()
    const results = await Promise.all([1, 2, 3].map(() => deliver(fixture('orders-create'), { domain: shopDomain, secret, webhookId: 'wh-same' }).then((r) => r.json())))
    expect(results.filter((r) => r.result === 'applied')).toHaveLength(1)
    expect(results.filter((r) => r.result === 'duplicate')).toHaveLength(2)
    expect(await db.shopifyWebhook.count({ where: { shopId: shop.id } })).toBe(1)
  })

  test('other topics are acknowledged and ignored; a payload that is no order is a 400', async () => {
    const { shop, shopDomain, secret } = await connectedShop()
    expect(await (await deliver(fixture('orders-create'), { domain: shopDomain, secret, topic: 'products/update' })).json()).toEqual({ result: 'ignored', reason: 'topic products/update' })
    const broken = JSON.stringify({ ...JSON.parse(fixture('orders-create')), shipping_address: null })
    const response = await deliver(broken, { domain: shopDomain, secret })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_INPUT', details: { reason: 'no_shipping_address' } } })
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0)
  })
})
