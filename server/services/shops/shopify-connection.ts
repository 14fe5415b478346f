import { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'

export type ShopifyConnectionView = { shopDomain: string; connectedAt: Date } | null

const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}\.myshopify\.com$/

/** The store feeding this shop's orders; the webhook secret is write-only and never read back. */
export async function getShopifyConnection(db: Db, shopId: string): Promise<ShopifyConnectionView> {
  const row = await db.shopifyConnection.findUnique({ where: { shopId }, select: { shopDomain: true, createdAt: true } })
  return row ? { shopDomain: row.shopDomain, connectedAt: row.createdAt } : null
}

export async function connectShopify(db: Db, shopId: string, input: { shopDomain: string; webhookSecret: string }): Promise<ShopifyConnectionView> {
  const shopDomain = input.shopDomain.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '')
  if (!DOMAIN.test(shopDomain)) throw new AppError('INVALID_INPUT', { userMessage: 'The store domain looks like your-store.myshopify.com.', details: { reason: 'invalid_shop_domain', field: 'shopDomain' } })
  const webhookSecret = input.webhookSecret.trim()
  if (webhookSecret.length < 16) throw new AppError('INVALID_INPUT', { userMessage: 'Paste the webhook signing secret from Shopify (Settings › Notifications › Webhooks).', details: { reason: 'invalid_secret', field: 'webhookSecret' } })
  try {
    await db.shopifyConnection.upsert({ where: { shopId }, create: { shopId, shopDomain, webhookSecret }, update: { shopDomain, webhookSecret } })
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', { userMessage: `${shopDomain} is already connected to another shop.`, details: { reason: 'shop_domain_taken', field: 'shopDomain' } })
    }
    throw error
  }
  return getShopifyConnection(db, shopId)
}

export async function disconnectShopify(db: Db, shopId: string): Promise<ShopifyConnectionView> {
  await db.shopifyConnection.deleteMany({ where: { shopId } })
  return null
}
