import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

const db = connectTestDb()

async function signedInShopper() {
  const shop = await createShop(db)
  await createPolicy(db, shop.id)
  const mine = await createOrder(db, shop, { number: 'A-1', email: 'a@example.com', lines: [{ title: 'Sweater', unitPrice: 8900 }] })
  const theirs = await createOrder(db, shop, { number: 'B-1', email: 'b@example.com', lines: [{ title: 'Jacket', unitPrice: 18000 }] })
  const lookup = callerFor(db)
  await lookup.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: 'A-1', email: 'a@example.com' })
  return { shop, mine, theirs, shopper: callerFor(db, { cookie: cookieFrom(lookup.resHeaders) }).caller }
}

const item = (lineId: string) => ({ lineId, quantity: 1, reason: 'doesnt_fit' as const })

describe('returns.create', () => {
  test('allowed: the shopper submits a return for their own order, and a retry gets the same RMA', async () => {
    const { shop, mine, shopper } = await signedInShopper()
    const input = { shopSlug: shop.slug, resolution: 'refund' as const, items: [item(mine.lines[0]!.id)], idempotencyKey: randomUUID() }
    const first = await shopper.returns.create(input)
    expect(first).toMatchObject({ status: 'approved', created: true })
    await expect(shopper.returns.create(input)).resolves.toEqual({ ...first, created: false })
  })

  test('denied: without a session', async () => {
    const { shop, mine } = await signedInShopper()
    const input = { shopSlug: shop.slug, resolution: 'refund' as const, items: [item(mine.lines[0]!.id)], idempotencyKey: randomUUID() }
    await expect(callerFor(db).caller.returns.create(input)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    expect(await db.returnRequest.count({ where: { orderId: mine.id } })).toBe(0)
  })

  test("denied: a line of someone else's order, even in the same shop", async () => {
    const { shop, theirs, shopper } = await signedInShopper()
    const input = { shopSlug: shop.slug, resolution: 'refund' as const, items: [item(theirs.lines[0]!.id)], idempotencyKey: randomUUID() }
    await expect(shopper.returns.create(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(await db.returnRequest.count({ where: { orderId: theirs.id } })).toBe(0)
  })

  test('denied: the session used on another shop’s address', async () => {
    const { mine, shopper } = await signedInShopper()
    const other = await createShop(db)
    const input = { shopSlug: other.slug, resolution: 'refund' as const, items: [item(mine.lines[0]!.id)], idempotencyKey: randomUUID() }
    await expect(shopper.returns.create(input)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })

  test('refused: a submission key that is not a UUID', async () => {
    const { shop, mine, shopper } = await signedInShopper()
    await expect(
      shopper.returns.create({ shopSlug: shop.slug, resolution: 'refund', items: [item(mine.lines[0]!.id)], idempotencyKey: 'again' }),
    ).rejects.toThrow(/must be a UUID/)
  })
})
