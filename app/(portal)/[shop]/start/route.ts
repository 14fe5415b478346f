import { NextResponse } from 'next/server'
import { encodeShopperSession, SHOPPER_SESSION_SECONDS, shopperCookieHeader } from '@/server/auth/shopper-session'
import { getDb } from '@/server/db'
import { env } from '@/server/env'
import { exchangeDeepLink } from '@/server/services/deep-links/exchange-deep-link'

type Context = { params: Promise<{ shop: string }> }

/**
 * A signed deep link from a merchant's email. This is a route, never a page: the token is swapped
 * for the shopper session and the browser is sent on with 303, so the token never stays in the
 * address bar, the history or a Referer header.
 */
export async function GET(request: Request, { params }: Context) {
  const { shop } = await params
  const url = new URL(request.url)
  const result = await exchangeDeepLink(getDb(), { shopSlug: shop, token: url.searchParams.get('t') ?? '', now: new Date() })
  const headers = new Headers({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' })
  if (result.ok) {
    const token = encodeShopperSession({ shopId: result.shopId, orderId: result.orderId, expiresAt: Date.now() + SHOPPER_SESSION_SECONDS * 1000 }, env().AUTH_SECRET)
    headers.append('set-cookie', shopperCookieHeader(token, { secure: isSecure(request) }))
    headers.set('location', `/${encodeURIComponent(shop)}/return`)
  } else {
    const query = new URLSearchParams({ link: result.reason, ...(result.orderNumber ? { order: result.orderNumber } : {}) })
    headers.set('location', `/${encodeURIComponent(shop)}?${query}`)
  }
  return new NextResponse(null, { status: 303, headers })
}

function isSecure(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')
  return forwarded ? forwarded.split(',')[0]!.trim() === 'https' : new URL(request.url).protocol === 'https:'
}
