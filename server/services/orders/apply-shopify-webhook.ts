import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { mapShopifyOrder } from '@/server/integrations/shopify/map-order'
import { verifyShopifyHmac } from '@/server/integrations/shopify/verify-webhook'
import { ZOrderInput } from './order-input'
import { upsertOrder } from './upsert-order'

export const SHOPIFY_ORDER_TOPICS = ['orders/create', 'orders/updated', 'orders/fulfilled'] as const

export type ShopifyWebhookInput = { shopDomain: string | null; hmac: string | null; webhookId: string | null; topic: string | null; rawBody: string }
export type ShopifyWebhookOutcome =
  | { result: 'applied'; orderNumber: string; created: boolean }
  | { result: 'duplicate' }
  | { result: 'ignored'; reason: string }

/**
 * One Shopify order webhook: verified against the connected shop's secret, applied through the
 * same order upsert as the REST API, and recorded by its webhook id in the same transaction, so a
 * redelivery changes nothing. Unauthentic requests throw UNAUTHENTICATED and change nothing.
 */
export async function applyShopifyWebhook(db: Db, input: ShopifyWebhookInput): Promise<ShopifyWebhookOutcome> {
  const domain = input.shopDomain?.trim().toLowerCase() ?? ''
  const connection = domain ? await db.shopifyConnection.findUnique({ where: { shopDomain: domain }, select: { shopId: true, webhookSecret: true } }) : null
  // One answer for an unknown store and a bad signature: neither is told apart to a prober.
  if (!connection || !verifyShopifyHmac(input.rawBody, input.hmac, connection.webhookSecret)) {
    throw new AppError('UNAUTHENTICATED', { userMessage: 'The webhook signature does not verify.', details: { reason: 'invalid_hmac' } })
  }
  if (!input.webhookId) throw new AppError('INVALID_INPUT', { userMessage: 'X-Shopify-Webhook-Id is missing.', details: { reason: 'missing_webhook_id' } })
  if (!SHOPIFY_ORDER_TOPICS.includes(input.topic as (typeof SHOPIFY_ORDER_TOPICS)[number])) return { result: 'ignored', reason: `topic ${input.topic ?? '(none)'}` }

  let payload: unknown
  try {
    payload = JSON.parse(input.rawBody)
  } catch {
    throw new AppError('INVALID_INPUT', { userMessage: 'The webhook body is not JSON.', details: { reason: 'invalid_json' } })
  }
  const { number, order } = mapShopifyOrder(payload)
  const parsed = ZOrderInput.safeParse(order)
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', { userMessage: `Shopify order ${number} cannot be imported: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, details: { reason: 'invalid_order' } })
  }
  return db.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: a redelivery racing the first waits for it, then inserts nothing.
    const { count } = await tx.shopifyWebhook.createMany({ data: [{ webhookId: input.webhookId!, shopId: connection.shopId, topic: input.topic!, orderNumber: number }], skipDuplicates: true })
    if (count === 0) return { result: 'duplicate' as const }
    const upserted = await upsertOrder(tx, connection.shopId, number, parsed.data)
    return { result: 'applied' as const, orderNumber: upserted.number, created: upserted.created }
  })
}
