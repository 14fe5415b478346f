import { randomUUID } from 'node:crypto'
import { AppError } from '@/server/app-error'
import { DEEP_LINK_AUDIENCE, DEEP_LINK_DEFAULT_TTL_SECONDS, DEEP_LINK_MAX_TTL_SECONDS, encodeDeepLink } from '@/server/auth/deep-link-token'
import type { Db } from '@/server/database/prisma-client'
import { normalizeOrderNumber } from '@/server/domain/customer-input'
import { deepLinkSecret } from './deep-link-secret'

export type MintDeepLinkInput = { shopId: string; orderNumber: string; ttlSeconds?: number; now: Date }
export type MintedDeepLink = { path: string; token: string; orderNumber: string; expiresAt: Date }

/**
 * A single-use link that opens an order's return in the portal without the lookup form. It
 * carries the order's email as stored, so a link only ever opens the order it was made for.
 */
export async function mintDeepLink(db: Db, input: MintDeepLinkInput): Promise<MintedDeepLink> {
  const ttl = input.ttlSeconds ?? DEEP_LINK_DEFAULT_TTL_SECONDS
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > DEEP_LINK_MAX_TTL_SECONDS) {
    throw new AppError('INVALID_INPUT', { userMessage: `A link lives between 1 minute and ${DEEP_LINK_MAX_TTL_SECONDS / 86_400} days.`, details: { reason: 'ttl_out_of_range' } })
  }
  const number = normalizeOrderNumber(input.orderNumber)
  const order = await db.order.findUnique({
    where: { shopId_number: { shopId: input.shopId, number } },
    select: { number: true, email: true, shop: { select: { slug: true } } },
  })
  if (!order) throw new AppError('ORDER_NOT_FOUND', { userMessage: `There is no order ${number} in this shop.`, details: { orderNumber: number } })
  const secret = await deepLinkSecret(db, input.shopId)
  const iat = Math.floor(input.now.getTime() / 1000)
  const token = encodeDeepLink({ shop: order.shop.slug, order: order.number, email: order.email, aud: DEEP_LINK_AUDIENCE, iat, exp: iat + ttl, jti: randomUUID() }, secret)
  return { path: `/${order.shop.slug}/start?t=${token}`, token, orderNumber: order.number, expiresAt: new Date((iat + ttl) * 1000) }
}
