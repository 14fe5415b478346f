import { TRPCError } from '@trpc/server'
import { describe, expect, test } from 'vitest'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

const db = connectTestDb()

async function shopWithOrder() {
  const shop = await createShop(db)
  const order = await createOrder(db, shop, { number: '1001', email: 'ana.keller@example.com', lines: [{ title: 'Sweater', unitPrice: 8900 }, { title: 'Tote', unitPrice: 1900 }] })
  return { shop, order }
}

describe('orders.lookup', () => {
  test('returns the items and an HttpOnly session cookie scoped to that order', async () => {
    const { shop, order } = await shopWithOrder()
    const { caller, resHeaders } = callerFor(db)
    const found = await caller.orders.lookup({ shopSlug: shop.slug, orderNumber: '1001', email: 'ana.keller@example.com' })
    expect(found.id).toBe(order.id)
    expect(found.lines.map((l) => l.title)).toEqual(['Sweater', 'Tote'])
    const [setCookie] = resHeaders.getSetCookie()
    expect(setCookie).toMatch(/^rt_shopper=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=7200$/)
  })

  test('answers NOT_FOUND with the shopper-facing message and sets no cookie', async () => {
    const { shop } = await shopWithOrder()
    const { caller, resHeaders } = callerFor(db)
    const error = await caller.orders.lookup({ shopSlug: shop.slug, orderNumber: '1001', email: 'wrong@example.com' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: "We couldn't find an order with those details." })
    expect(resHeaders.getSetCookie()).toEqual([])
  })

  test('rejects malformed input before touching the database', async () => {
    const { caller } = callerFor(db)
    for (const input of [
      { shopSlug: 'demo', orderNumber: '', email: 'a@example.com' },
      { shopSlug: 'demo', orderNumber: '1001', email: 'not-an-email' },
      { shopSlug: '../etc', orderNumber: '1001', email: 'a@example.com' },
      { shopSlug: 'demo', orderNumber: 'x'.repeat(65), email: 'a@example.com' },
    ]) {
      await expect(caller.orders.lookup(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    }
  })
})

describe('orders.current (shopper session)', () => {
  test('gives back the proved order on a later request', async () => {
    const { shop, order } = await shopWithOrder()
    const first = callerFor(db)
    await first.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: '1001', email: 'ana.keller@example.com' })
    const later = callerFor(db, { cookie: cookieFrom(first.resHeaders) })
    await expect(later.caller.orders.current({ shopSlug: shop.slug })).resolves.toMatchObject({ id: order.id, number: '1001' })
  })

  test('is denied without a session, with a forged one, after expiry, and for another shop', async () => {
    const { shop } = await shopWithOrder()
    const other = await createShop(db)
    const first = callerFor(db)
    await first.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: '1001', email: 'ana.keller@example.com' })
    const cookie = cookieFrom(first.resHeaders)
    const [name, token] = cookie.split('=') as [string, string]
    const forged = `${name}=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`

    for (const denied of [
      callerFor(db),
      callerFor(db, { cookie: forged }),
      callerFor(db, { cookie, now: new Date(Date.now() + 3 * 60 * 60 * 1000) }),
    ]) {
      await expect(denied.caller.orders.current({ shopSlug: shop.slug })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    }
    await expect(callerFor(db, { cookie }).caller.orders.current({ shopSlug: other.slug })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })

  test('ends when the shopper looks up another order', async () => {
    const { caller, resHeaders } = callerFor(db)
    await caller.orders.endSession()
    expect(resHeaders.getSetCookie()).toEqual(['rt_shopper=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0'])
  })
})
