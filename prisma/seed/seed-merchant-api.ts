// Demo data for the merchant integrations: a public API key and a Shopify connection for the demo shop.
import { type Prisma } from '@/prisma/generated/client'
import { displayPrefix, hashApiKey } from '@/server/auth/api-key'
import { API_SCOPES } from '@/server/domain/api-scopes'

type Tx = Prisma.TransactionClient

/** Published in the README so the API can be tried at once; it exists only in demo data. */
export const DEMO_API_KEY = 'rt_live_demo-kestrel-public-readme-key-not-a-secret'
export const DEMO_SHOPIFY_DOMAIN = 'kestrel-co.myshopify.com'
export const DEMO_SHOPIFY_WEBHOOK_SECRET = 'demo-shopify-webhook-secret'

export async function seedMerchantApi(tx: Tx, shopId: string, createdAt: Date): Promise<void> {
  await tx.apiKey.upsert({
    where: { hash: hashApiKey(DEMO_API_KEY) },
    update: {},
    create: { shopId, name: 'Demo key (public, from the README)', prefix: displayPrefix(DEMO_API_KEY), hash: hashApiKey(DEMO_API_KEY), scopes: [...API_SCOPES], createdAt },
  })
  await tx.shopifyConnection.upsert({
    where: { shopId },
    update: {},
    create: { shopId, shopDomain: DEMO_SHOPIFY_DOMAIN, webhookSecret: DEMO_SHOPIFY_WEBHOOK_SECRET, createdAt },
  })
}
