import { describe, expect, test } from 'vitest'
import { createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { connectShopify, disconnectShopify, getShopifyConnection } from './shopify-connection'

const db = connectTestDb()

describe('Shopify connection', () => {
  test('connects a store by its myshopify domain (as pasted), keeps the secret write-only, and disconnects', async () => {
    const shop = await createShop(db)
    const view = await connectShopify(db, shop.id, { shopDomain: 'https://My-Store.myshopify.com/admin', webhookSecret: ' shpss_0123456789abcdef ' })
    expect(view).toEqual({ shopDomain: 'my-store.myshopify.com', connectedAt: expect.any(Date) })
    expect(JSON.stringify(await getShopifyConnection(db, shop.id))).not.toContain('shpss')
    expect((await db.shopifyConnection.findUniqueOrThrow({ where: { shopId: shop.id } })).webhookSecret).toBe('shpss_0123456789abcdef')
    expect(await disconnectShopify(db, shop.id)).toBeNull()
    expect(await getShopifyConnection(db, shop.id)).toBeNull()
  })

  test('refuses other domains, short secrets, and a store already connected to another shop', async () => {
    const shop = await createShop(db)
    const other = await createShop(db)
    await expect(connectShopify(db, shop.id, { shopDomain: 'store.example.com', webhookSecret: 'shpss_0123456789abcdef' })).rejects.toMatchObject({ details: { reason: 'invalid_shop_domain' } })
    await expect(connectShopify(db, shop.id, { shopDomain: 'a.myshopify.com', webhookSecret: 'short' })).rejects.toMatchObject({ details: { reason: 'invalid_secret' } })
    await connectShopify(db, other.id, { shopDomain: `taken-${other.slug}.myshopify.com`, webhookSecret: 'shpss_0123456789abcdef' })
    await expect(connectShopify(db, shop.id, { shopDomain: `taken-${other.slug}.myshopify.com`, webhookSecret: 'shpss_0123456789abcdef' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
