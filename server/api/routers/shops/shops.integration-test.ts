import { beforeAll, describe, expect, test } from 'vitest'
import { seedDemo } from '@/prisma/seed/seed-demo'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

const db = connectTestDb()

beforeAll(async () => {
  await seedDemo(db, { now: new Date() })
})

describe('shops.policy (public)', () => {
  test("describes each shop's own policy in the language asked for", async () => {
    const { caller } = callerFor(db)
    const demo = await caller.shops.policy({ slug: 'demo' })
    expect(demo.version).toBe(1)
    expect(demo.sections.find((s) => s.id === 'windows')?.items.join(' ')).toContain('45 days')
    const german = await caller.shops.policy({ slug: 'demo', locale: 'de-AT' })
    expect(german.sections[0]?.title).not.toBe(demo.sections[0]?.title)
    const northwind = await caller.shops.policy({ slug: 'northwind' })
    expect(northwind.sections.find((s) => s.id === 'windows')?.items.join(' ')).toContain('60 days')
  })

  test('says so when a shop has no policy yet, and when the shop does not exist', async () => {
    const bare = await createShop(db)
    const { caller } = callerFor(db)
    await expect(caller.shops.policy({ slug: bare.slug })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'This shop has not published a return policy yet.' })
    await expect(caller.shops.policy({ slug: 'no-such-shop' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  test('shows shoppers the newest version, while each order is judged by the version in force when it was placed', async () => {
    const shop = await createShop(db)
    await db.returnPolicyVersion.createMany({
      data: [
        { shopId: shop.id, version: 1, effectiveFrom: new Date('2025-01-01T00:00:00Z'), document: { defaultRegion: { id: 'all', returnWindowDays: 30 } } },
        { shopId: shop.id, version: 2, effectiveFrom: new Date('2025-06-10T00:00:00Z'), document: { defaultRegion: { id: 'all', returnWindowDays: 7 } } },
      ],
    })
    const now = new Date('2025-06-25T12:00:00Z')
    const page = await callerFor(db, { now }).caller.shops.policy({ slug: shop.slug })
    expect(page.version).toBe(2)
    expect(page.sections[0]?.items.join(' ')).toContain('7 days')

    // Placed under version 1 (30 days), delivered 21 days ago: still returnable, although version 2 says 7.
    const order = await createOrder(db, shop, {
      number: 'V-1',
      email: 'early@example.com',
      placedAt: new Date('2025-06-01T10:00:00Z'),
      deliveredAt: new Date('2025-06-04T10:00:00Z'),
      lines: [{ title: 'Lamp', unitPrice: 5000 }],
    })
    const lookup = callerFor(db, { now })
    await lookup.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: 'V-1', email: 'early@example.com' })
    const shopper = callerFor(db, { now, cookie: cookieFrom(lookup.resHeaders) })
    const { decision } = await shopper.caller.returns.preview({
      shopSlug: shop.slug,
      resolution: 'refund',
      items: [{ lineId: order.lines[0]!.id, quantity: 1, reason: 'doesnt_fit' }],
    })
    expect(decision.policyVersion).toBe(1)
    expect(decision.lines[0]?.eligible).toBe(true)
  })
})
