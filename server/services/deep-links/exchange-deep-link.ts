import { readUnverifiedClaims, verifyDeepLink } from '@/server/auth/deep-link-token'
import type { Db } from '@/server/database/prisma-client'
import { existingDeepLinkSecret } from './deep-link-secret'

export type DeepLinkExchange =
  | { ok: true; shopId: string; orderId: string }
  /** `orderNumber` only when the token was authentic, so a forged one cannot fill the form. */
  | { ok: false; reason: 'invalid' | 'expired' | 'used'; orderNumber: string | null }

/**
 * Trades a deep-link token for the order it opens, once: the token's id is recorded in the same
 * transaction that finds the order, and the primary key on it turns a second use (or two tabs
 * racing) into `used`.
 */
export async function exchangeDeepLink(db: Db, input: { shopSlug: string; token: string; now: Date }): Promise<DeepLinkExchange> {
  const invalid = { ok: false, reason: 'invalid', orderNumber: null } as const
  if (!readUnverifiedClaims(input.token)) return invalid
  const shop = await db.shop.findUnique({ where: { slug: input.shopSlug }, select: { id: true } })
  const secret = shop ? await existingDeepLinkSecret(db, shop.id) : null
  if (!shop || !secret) return invalid
  const check = verifyDeepLink(input.token, { secret, shopSlug: input.shopSlug, nowSeconds: Math.floor(input.now.getTime() / 1000) })
  if (!check.ok) {
    return check.reason === 'expired' ? { ok: false, reason: 'expired', orderNumber: check.claims.order } : invalid
  }
  const { claims } = check
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { shopId_number: { shopId: shop.id, number: claims.order } }, select: { id: true, email: true } })
    // The order's email changed (or the order went) since the link was minted: it no longer proves anything.
    if (!order || order.email !== claims.email) return { ok: false, reason: 'invalid', orderNumber: claims.order } as const
    // ON CONFLICT DO NOTHING: a second use (or a racing tab, which waits for the first) inserts nothing.
    const { count } = await tx.deepLinkUse.createMany({ data: [{ jti: claims.jti, shopId: shop.id, orderId: order.id, usedAt: input.now }], skipDuplicates: true })
    if (count === 0) return { ok: false, reason: 'used', orderNumber: claims.order } as const
    return { ok: true, shopId: shop.id, orderId: order.id } as const
  })
}
