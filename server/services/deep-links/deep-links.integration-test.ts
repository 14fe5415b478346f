import { describe, expect, test } from 'vitest'
import { encodeDeepLink } from '@/server/auth/deep-link-token'
import { decodeShopperSession, readCookie, SHOPPER_COOKIE } from '@/server/auth/shopper-session'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { GET } from '@/app/(portal)/[shop]/start/route'
import { mintDeepLink } from './mint-deep-link'

const db = connectTestDb()
const DAY = 86_400_000

async function shopWithOrder() {
  const shop = await createShop(db)
  const order = await createOrder(db, shop, { number: '1002', email: 'Sam.Lee@Example.com', lines: [{ title: 'Jacket', unitPrice: 17900 }] })
  return { shop, order }
}

/** Opens a link the way a browser does, without following the redirect. */
async function open(path: string) {
  const url = new URL(path, 'http://localhost')
  const shop = url.pathname.split('/')[1]!
  const response = await GET(new Request(url), { params: Promise.resolve({ shop }) })
  const cookie = readCookie(response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') || null, SHOPPER_COOKIE)
  return { status: response.status, location: response.headers.get('location'), session: decodeShopperSession(cookie, process.env.AUTH_SECRET!, Date.now()) }
}

describe('deep links', () => {
  test('valid: the first use signs the shopper in to that order and redirects to the clean return URL', async () => {
    const { shop, order } = await shopWithOrder()
    const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: '#1002', now: new Date() })
    expect(link.path).toMatch(new RegExp(`^/${shop.slug}/start\\?t=[\\w-]+\\.[\\w-]+$`))
    const opened = await open(link.path)
    expect(opened).toMatchObject({ status: 303, location: `/${shop.slug}/return` })
    expect(opened.session).toMatchObject({ shopId: shop.id, orderId: order.id })
    expect(await db.deepLinkUse.count({ where: { shopId: shop.id } })).toBe(1)
  })

  test('reused: the second use falls back to the lookup form with the order number, and signs nobody in', async () => {
    const { shop } = await shopWithOrder()
    const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', now: new Date() })
    await open(link.path)
    const again = await open(link.path)
    expect(again).toMatchObject({ status: 303, location: `/${shop.slug}?link=used&order=1002`, session: null })
  })

  test('two tabs opening the same link at once: exactly one gets the session', async () => {
    const { shop } = await shopWithOrder()
    const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', now: new Date() })
    const results = await Promise.all([open(link.path), open(link.path), open(link.path)])
    expect(results.filter((r) => r.session !== null)).toHaveLength(1)
  })

  test('expired: falls back with the order number prefilled; nothing is recorded', async () => {
    const { shop } = await shopWithOrder()
    const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', ttlSeconds: 3600, now: new Date(Date.now() - 2 * 3600_000) })
    expect(await open(link.path)).toMatchObject({ status: 303, location: `/${shop.slug}?link=expired&order=1002`, session: null })
    expect(await db.deepLinkUse.count({ where: { shopId: shop.id } })).toBe(0)
  })

  test('tampered: a forged order number is refused and not echoed back into the form', async () => {
    const { shop } = await shopWithOrder()
    await createOrder(db, shop, { number: '1001', email: 'ana@example.com', lines: [{ title: 'Sweater', unitPrice: 8900 }] })
    const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', now: new Date() })
    const [payload, signature] = link.token.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, order: '1001', email: 'ana@example.com' })).toString('base64url')
    expect(await open(`/${shop.slug}/start?t=${forged}.${signature}`)).toMatchObject({ location: `/${shop.slug}?link=invalid`, session: null })
    // Signed with someone else's secret, or for another shop.
    expect(await open(`/${shop.slug}/start?t=${encodeDeepLink({ ...claims, jti: 'x' }, 'not-the-shop-secret')}`)).toMatchObject({ location: `/${shop.slug}?link=invalid` })
    const other = await createShop(db)
    expect(await open(`/${other.slug}/start?t=${link.token}`)).toMatchObject({ location: `/${other.slug}?link=invalid`, session: null })
    expect(await open(`/${shop.slug}/start?t=garbage`)).toMatchObject({ location: `/${shop.slug}?link=invalid` })
    expect(await open(`/${shop.slug}/start`)).toMatchObject({ location: `/${shop.slug}?link=invalid` })
  })

  test('a link stops working when the order email changes after it was minted', async () => {
    const { shop, order } = await shopWithOrder()
    const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', now: new Date() })
    await db.order.update({ where: { id: order.id }, data: { email: 'someone.else@example.com' } })
    expect(await open(link.path)).toMatchObject({ location: `/${shop.slug}?link=invalid&order=1002`, session: null })
  })

  test('minting refuses unknown orders and lifetimes out of range; one secret per shop', async () => {
    const { shop } = await shopWithOrder()
    await expect(mintDeepLink(db, { shopId: shop.id, orderNumber: '9999', now: new Date() })).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' })
    await expect(mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', ttlSeconds: 91 * DAY / 1000, now: new Date() })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await Promise.all([1, 2, 3].map(() => mintDeepLink(db, { shopId: shop.id, orderNumber: '1002', now: new Date() })))
    expect(await db.deepLinkKey.count({ where: { shopId: shop.id } })).toBe(1)
  })
})
