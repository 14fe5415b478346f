import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

/**
 * A shopper has no account: proving an order number and its email grants a short-lived session
 * scoped to that one order, carried in an HttpOnly cookie signed with a key derived from AUTH_SECRET.
 */
export const SHOPPER_COOKIE = 'rt_shopper'
export const SHOPPER_SESSION_SECONDS = 2 * 60 * 60

export type ShopperSession = { shopId: string; orderId: string; expiresAt: number }

const keys = new Map<string, Buffer>()
function signingKey(secret: string): Buffer {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'roundtrip', 'shopper-session-v1', 32))
    keys.set(secret, key)
  }
  return key
}

const sign = (payload: string, secret: string) => createHmac('sha256', signingKey(secret)).update(payload).digest('base64url')

export function encodeShopperSession(session: ShopperSession, secret: string): string {
  const payload = Buffer.from(JSON.stringify([session.shopId, session.orderId, session.expiresAt])).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

/** Null for anything forged, malformed or expired; never throws on hostile input. */
export function decodeShopperSession(token: string | undefined, secret: string, nowMs: number): ShopperSession | null {
  if (!token) return null
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return null
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 3) return null
    const [shopId, orderId, expiresAt] = value as unknown[]
    if (typeof shopId !== 'string' || typeof orderId !== 'string' || typeof expiresAt !== 'number') return null
    if (expiresAt <= nowMs) return null
    return { shopId, orderId, expiresAt }
  } catch {
    return null
  }
}

export function shopperCookieHeader(token: string, options: { secure: boolean; maxAgeSeconds?: number }): string {
  const maxAge = options.maxAgeSeconds ?? SHOPPER_SESSION_SECONDS
  return [`${SHOPPER_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`, ...(options.secure ? ['Secure'] : [])].join('; ')
}

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}
