import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed deep links (`/{shop}/start?t=…`) that a merchant puts in order emails: the token proves
 * an order number and its email, like the lookup form does, for a limited time and once.
 *
 * Format: `base64url(JSON claims).base64url(HMAC-SHA256(first part, per-shop secret))`. The
 * claims are readable without the secret (to find the shop whose secret checks them), but never
 * trusted before the signature is.
 */
export const DEEP_LINK_AUDIENCE = 'roundtrip-portal'
export const DEEP_LINK_DEFAULT_TTL_SECONDS = 30 * 86_400
export const DEEP_LINK_MAX_TTL_SECONDS = 90 * 86_400
// Tokens are short: a longer string is not one of ours and is not worth parsing.
const MAX_TOKEN_LENGTH = 2048

export type DeepLinkClaims = Readonly<{
  /** Shop slug. */
  shop: string
  /** Normalised order number. */
  order: string
  /** Normalised email. */
  email: string
  aud: string
  /** Issued at and expiry, in Unix seconds. */
  iat: number
  exp: number
  jti: string
}>

export type DeepLinkCheck =
  | { ok: true; claims: DeepLinkClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' }
  | { ok: false; reason: 'wrong_audience' | 'wrong_shop' | 'expired' | 'not_yet_valid'; claims: DeepLinkClaims }

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url')

export function encodeDeepLink(claims: DeepLinkClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

/** The claims of a well-formed token, unverified: only to choose the secret that verifies it. */
export function readUnverifiedClaims(token: string): DeepLinkClaims | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null
  const parts = token.split('.')
  if (parts.length !== 2 || !/^[\w-]+$/.test(parts[0]!) || !/^[\w-]+$/.test(parts[1]!)) return null
  try {
    return parseClaims(JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')))
  } catch {
    return null
  }
}

function parseClaims(value: unknown): DeepLinkClaims | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const v = value as Record<string, unknown>
  const strings = ['shop', 'order', 'email', 'aud', 'jti'] as const
  if (strings.some((key) => typeof v[key] !== 'string' || (v[key] as string).length === 0 || (v[key] as string).length > 320)) return null
  if (!Number.isSafeInteger(v.iat) || !Number.isSafeInteger(v.exp)) return null
  return { shop: v.shop as string, order: v.order as string, email: v.email as string, aud: v.aud as string, iat: v.iat as number, exp: v.exp as number, jti: v.jti as string }
}

/**
 * Checks a token for one shop at one instant. Never throws on hostile input. The signature is
 * checked before anything the claims say, so an unauthentic token only ever reports itself as
 * malformed or badly signed and leaks nothing back to the page.
 */
export function verifyDeepLink(token: string, options: { secret: string; shopSlug: string; nowSeconds: number }): DeepLinkCheck {
  const claims = readUnverifiedClaims(token)
  if (!claims) return { ok: false, reason: 'malformed' }
  const [payload, signature] = token.split('.') as [string, string]
  const expected = Buffer.from(sign(payload, options.secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' }
  if (claims.aud !== DEEP_LINK_AUDIENCE) return { ok: false, reason: 'wrong_audience', claims }
  if (claims.shop !== options.shopSlug) return { ok: false, reason: 'wrong_shop', claims }
  // A minute of leeway for clocks that disagree between the minting server and this one.
  if (claims.iat > options.nowSeconds + 60) return { ok: false, reason: 'not_yet_valid', claims }
  if (claims.exp <= options.nowSeconds) return { ok: false, reason: 'expired', claims }
  return { ok: true, claims }
}
