import { describe, expect, test } from 'vitest'
import { decodeShopperSession, encodeShopperSession, readCookie, shopperCookieHeader } from './shopper-session'

const secret = 'a'.repeat(40)
const now = Date.UTC(2026, 10, 27, 12)
const session = { shopId: 'shop_1', orderId: 'order_1', expiresAt: now + 60_000 }

describe('shopper session tokens', () => {
  test('round-trip while valid', () => {
    expect(decodeShopperSession(encodeShopperSession(session, secret), secret, now)).toEqual(session)
  })

  test('expire', () => {
    expect(decodeShopperSession(encodeShopperSession(session, secret), secret, now + 60_000)).toBeNull()
  })

  test('reject another secret, tampering and junk', () => {
    const token = encodeShopperSession(session, secret)
    expect(decodeShopperSession(token, 'b'.repeat(40), now)).toBeNull()
    const forged = Buffer.from(JSON.stringify(['shop_1', 'order_2', now + 60_000])).toString('base64url')
    expect(decodeShopperSession(`${forged}.${token.split('.')[1]}`, secret, now)).toBeNull()
    for (const junk of [undefined, '', '.', 'abc', `${token}.x`, 'e30.e30', `${Buffer.from('[1,2,3]').toString('base64url')}.x`]) {
      expect(decodeShopperSession(junk, secret, now)).toBeNull()
    }
  })
})

describe('cookies', () => {
  test('are HttpOnly, SameSite=Lax, and Secure on https', () => {
    expect(shopperCookieHeader('t', { secure: true })).toBe('rt_shopper=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=7200; Secure')
    expect(shopperCookieHeader('t', { secure: false, maxAgeSeconds: 0 })).toBe('rt_shopper=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=0')
  })

  test('are read from a Cookie header', () => {
    expect(readCookie('a=1; rt_shopper=x.y; b=2', 'rt_shopper')).toBe('x.y')
    expect(readCookie('a=1', 'rt_shopper')).toBeUndefined()
    expect(readCookie(null, 'rt_shopper')).toBeUndefined()
  })
})
