import { describe, expect, test } from 'vitest'
import { DEEP_LINK_AUDIENCE, type DeepLinkClaims, encodeDeepLink, readUnverifiedClaims, verifyDeepLink } from './deep-link-token'

const SECRET = 'per-shop-secret-for-tests-0123456789'
const NOW = 1_790_000_000
const claims: DeepLinkClaims = { shop: 'demo', order: '1002', email: 'sam.lee@example.com', aud: DEEP_LINK_AUDIENCE, iat: NOW - 60, exp: NOW + 3600, jti: 'jti-1' }
const check = (token: string, overrides: Partial<{ secret: string; shopSlug: string; nowSeconds: number }> = {}) =>
  verifyDeepLink(token, { secret: SECRET, shopSlug: 'demo', nowSeconds: NOW, ...overrides })

describe('verifyDeepLink', () => {
  test('valid: a token minted for this shop, inside its lifetime, gives back its claims', () => {
    expect(check(encodeDeepLink(claims, SECRET))).toEqual({ ok: true, claims })
  })

  test('expired: refused from the second of expiry on, with the claims (to prefill the form)', () => {
    const token = encodeDeepLink(claims, SECRET)
    expect(check(token, { nowSeconds: claims.exp - 1 }).ok).toBe(true)
    expect(check(token, { nowSeconds: claims.exp })).toEqual({ ok: false, reason: 'expired', claims })
  })

  test('issued in the future (beyond a minute of clock skew) is refused', () => {
    const token = encodeDeepLink({ ...claims, iat: NOW + 61 }, SECRET)
    expect(check(token)).toMatchObject({ ok: false, reason: 'not_yet_valid' })
    expect(check(encodeDeepLink({ ...claims, iat: NOW + 60 }, SECRET)).ok).toBe(true)
  })

  test('tampered: any change to the claims or the signature, or another secret, fails the signature', () => {
    const token = encodeDeepLink(claims, SECRET)
    const [payload, signature] = token.split('.') as [string, string]
    const forged = Buffer.from(JSON.stringify({ ...claims, order: '1001' })).toString('base64url')
    expect(check(`${forged}.${signature}`)).toEqual({ ok: false, reason: 'bad_signature' })
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A')
    expect(check(`${payload}.${flipped}`)).toEqual({ ok: false, reason: 'bad_signature' })
    expect(check(`${payload}.${signature.slice(0, -2)}`)).toEqual({ ok: false, reason: 'bad_signature' })
    expect(check(token, { secret: `${SECRET}x` })).toEqual({ ok: false, reason: 'bad_signature' })
  })

  test('wrong audience: a token signed for something else is not a portal link', () => {
    expect(check(encodeDeepLink({ ...claims, aud: 'roundtrip-api' }, SECRET))).toMatchObject({ ok: false, reason: 'wrong_audience' })
  })

  test('wrong shop: a link for one shop does not open another, even with the same secret', () => {
    expect(check(encodeDeepLink(claims, SECRET), { shopSlug: 'northwind' })).toMatchObject({ ok: false, reason: 'wrong_shop' })
  })

  test.each([
    ['empty', ''],
    ['no dot', 'abc'],
    ['three parts', 'a.b.c'],
    ['not base64url', 'a+b.c/d'],
    ['not JSON', `${Buffer.from('nope').toString('base64url')}.sig`],
    ['JSON array', `${Buffer.from('[1,2]').toString('base64url')}.sig`],
    ['missing jti', `${Buffer.from(JSON.stringify({ ...claims, jti: undefined })).toString('base64url')}.sig`],
    ['fractional expiry', `${Buffer.from(JSON.stringify({ ...claims, exp: 1.5 })).toString('base64url')}.sig`],
    ['too long', `${'a'.repeat(3000)}.sig`],
  ])('malformed (%s) is refused without throwing', (_name, token) => {
    expect(check(token)).toEqual({ ok: false, reason: 'malformed' })
  })
})

describe('readUnverifiedClaims', () => {
  test('reads a well-formed token whatever its signature, and nothing else', () => {
    expect(readUnverifiedClaims(encodeDeepLink(claims, 'any-other-secret'))).toEqual(claims)
    expect(readUnverifiedClaims('garbage')).toBeNull()
  })
})
