import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { Db } from '@/server/database/prisma-client'
import { createOrder, createShop } from '@/server/testing/factories'
import { createReturnFixture } from '@/server/testing/returns-fixture'
import { portalReturn, staffWorld } from '@/server/testing/staff-fixtures'
import { connectTestDb } from '@/server/testing/test-db'
import { cancelReturn } from './review-actions'
import { queueFilterOptions } from './staff-queue'

const db = connectTestDb()

/** queueFilterOptions as it was before return_filter_values: DISTINCT over the shop's returns. */
async function distinctFilterOptions(shopId: string) {
  const [suppliers, hubs, reasons, countries] = await Promise.all([
    db.supplier.findMany({ where: { shopId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.hub.findMany({ where: { returns: { some: { shopId } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.returnItem.findMany({ where: { returnRequest: { shopId } }, distinct: ['reason'], select: { reason: true }, orderBy: { reason: 'asc' } }),
    db.order.findMany({ where: { shopId, returns: { some: {} } }, distinct: ['shipCountry'], select: { shipCountry: true }, orderBy: { shipCountry: 'asc' } }),
  ])
  return { suppliers, hubs, reasons: reasons.map((r) => r.reason), countries: countries.map((c) => c.shipCountry) }
}

const keptRows = (shopIds: string[]) =>
  db.returnFilterValue.findMany({ where: { shopId: { in: shopIds } }, orderBy: [{ shopId: 'asc' }, { kind: 'asc' }, { value: 'asc' }] })

/** The rows the triggers kept for these shops equal a recomputation from scratch, zero counts never left behind. */
async function expectKeptEqualsFromScratch(shopIds: string[]) {
  const kept = await keptRows(shopIds)
  expect(kept.every((row) => row.refs > 0)).toBe(true)
  await db.$executeRawUnsafe('SELECT return_filter_values_rebuild()')
  expect(kept).toEqual(await keptRows(shopIds))
}

function createHub(db: Db, name: string) {
  const code = `hub-${randomBytes(3).toString('hex')}`
  return db.hub.create({ data: { code, name, line1: '1 Hub Street', city: 'Lyon', postcode: '69001', country: 'FR', latitude: 45.76, longitude: 4.84, acceptsCountries: ['FR'], carriers: ['hub-network'] } })
}

describe('the queue filter values', () => {
  test('follow every change to orders, returns and items, and the options equal a DISTINCT over the returns', async () => {
    const world = await staffWorld(db)
    const { shop, other } = world
    const options = async (shopId: string) => {
      const staff = shopId === shop.id ? world.admin : world.outsider
      const viaTable = await queueFilterOptions(db, { staff, shopId })
      expect(viaTable).toEqual(await distinctFilterOptions(shopId))
      return viaTable
    }
    await db.supplier.create({ data: { shopId: shop.id, code: 'S1', name: 'Supplier One', country: 'PT' } })
    // A real return (the portal's engine, label and hub), which the staff then cancel.
    const portal = await portalReturn(db, world)
    await cancelReturn(db, { staff: world.admin, rma: portal.rma, reason: 'changed their mind', now: world.now })
    // Hubs of this test only, made after the portal chose one (a label would keep a hub from deletion).
    const alpha = await createHub(db, 'Alpha Hub')
    const beta = await createHub(db, 'Beta Hub')

    // Orders to three countries, with returns written straight to the tables.
    const orders: Awaited<ReturnType<typeof createOrder>>[] = []
    for (const [i, country] of ['FR', 'AT', 'FR'].entries()) {
      const order = await createOrder(db, shop, { number: `F-${i}-${randomBytes(2).toString('hex')}`, email: `f${i}@example.com`, lines: [{ title: 'Mug', unitPrice: 1000 }, { title: 'Cup', unitPrice: 500 }] })
      await db.$executeRaw`UPDATE orders SET ship_country = ${country} WHERE id = ${order.id}`
      orders.push(order)
    }
    const fixture = (order: Awaited<ReturnType<typeof createOrder>>, hubId: string | null, reasons: [string, string]) =>
      createReturnFixture(db, {
        shopId: shop.id, orderId: order.id, currency: 'EUR', status: 'approved', hubId,
        items: order.lines.map((line, i) => ({ orderLineId: line.id, quantity: 1, reason: reasons[i]!, refundAmount: 100 })),
      })
    const returns = [
      await fixture(orders[0]!, alpha.id, ['damaged', 'defective']),
      await fixture(orders[1]!, beta.id, ['wrong_item', 'damaged']),
      await fixture(orders[2]!, null, ['no_longer_needed', 'damaged']),
    ]
    // An order whose return holds a line of another order: the only kind of order that can be deleted
    // with its returns (a returned line's order is kept by the item's RESTRICT foreign key).
    const extra = await createOrder(db, shop, { number: `F-X-${randomBytes(2).toString('hex')}`, email: 'fx@example.com', lines: [{ title: 'Bowl', unitPrice: 800 }] })
    await db.$executeRaw`UPDATE orders SET ship_country = 'ES' WHERE id = ${extra.id}`
    await createReturnFixture(db, {
      shopId: shop.id, orderId: extra.id, currency: 'EUR', status: 'requested', hubId: beta.id,
      items: [{ orderLineId: orders[2]!.lines[1]!.id, quantity: 1, reason: 'gift', refundAmount: 100 }],
    })
    await expectKeptEqualsFromScratch([shop.id, other.id])
    const before = await options(shop.id)
    expect(before.countries).toEqual(['AT', 'DE', 'ES', 'FR'])
    expect(before.reasons).toEqual(['damaged', 'defective', 'doesnt_fit', 'gift', 'no_longer_needed', 'wrong_item'])
    expect(before.hubs.map((h) => h.name)).toEqual(expect.arrayContaining(['Alpha Hub', 'Beta Hub']))

    // Straight SQL the services do not make: reasons, statuses, hubs, countries, orders and returns changing.
    await db.$executeRaw`UPDATE return_items SET reason = 'too_small' WHERE id = ${returns[1]!.items[0]!.id}`
    await db.$executeRaw`UPDATE return_requests SET status = 'received' WHERE shop_id = ${shop.id}`
    await db.$executeRaw`UPDATE return_requests SET hub_id = ${alpha.id} WHERE id = ${returns[1]!.id}`
    await db.$executeRaw`UPDATE return_requests SET hub_id = NULL WHERE id = ${returns[0]!.id}`
    await db.$executeRaw`UPDATE orders SET ship_country = 'IT' WHERE id = ${orders[1]!.id}`
    await db.$executeRaw`UPDATE return_requests SET order_id = ${orders[1]!.id} WHERE id = ${returns[2]!.id}`
    await db.$executeRaw`UPDATE return_items SET return_id = ${returns[0]!.id} WHERE id = ${returns[2]!.items[0]!.id}`
    await expectKeptEqualsFromScratch([shop.id, other.id])
    expect(await options(shop.id)).toMatchObject({ countries: ['DE', 'ES', 'FR', 'IT'], reasons: ['damaged', 'defective', 'doesnt_fit', 'gift', 'no_longer_needed', 'too_small'] })

    // A return moving to the other shop takes its hub and reasons along. Its country stays: a country
    // belongs to the shop of the order (as the DISTINCT over the shop's orders had it).
    await db.$executeRaw`UPDATE return_requests SET shop_id = ${other.id} WHERE id = ${returns[0]!.id}`
    await expectKeptEqualsFromScratch([shop.id, other.id])
    expect(await options(other.id)).toMatchObject({ countries: [], reasons: ['damaged', 'defective', 'no_longer_needed'], hubs: [] })
    expect(await options(shop.id)).toMatchObject({ countries: ['DE', 'ES', 'FR', 'IT'], reasons: ['damaged', 'doesnt_fit', 'gift', 'too_small'] })

    // Deletes: an item, a return with its items, an order with its return and item, a hub (its returns lose it).
    await db.$executeRaw`DELETE FROM return_items WHERE id = ${returns[2]!.items[1]!.id}`
    await db.returnRequest.delete({ where: { id: returns[0]!.id } })
    await db.order.delete({ where: { id: extra.id } })
    await db.hub.delete({ where: { id: alpha.id } })
    await expectKeptEqualsFromScratch([shop.id, other.id])
    expect(await options(other.id)).toEqual({ suppliers: [], hubs: [], reasons: [], countries: [] })
    const after = await options(shop.id)
    expect(after).toMatchObject({ countries: ['DE', 'IT'], reasons: ['damaged', 'doesnt_fit', 'too_small'] })
    expect(after.hubs.map((h) => h.name)).not.toContain('Alpha Hub')
    expect(after.hubs.map((h) => h.name)).not.toContain('Beta Hub')
    expect(portal.hubId).not.toBeNull()
  })

  test('a shop deleted with its orders and returns leaves no values behind', async () => {
    const shop = await createShop(db)
    for (let i = 0; i < 3; i++) {
      const order = await createOrder(db, shop, { number: `D-${i}`, email: `d${i}@example.com`, lines: [{ title: 'Mug', unitPrice: 1000 }] })
      await createReturnFixture(db, { shopId: shop.id, orderId: order.id, currency: 'EUR', status: 'requested', items: [{ orderLineId: order.lines[0]!.id, quantity: 1, reason: `reason_${i}`, refundAmount: 100 }] })
    }
    expect(await keptRows([shop.id])).toHaveLength(4)
    await db.shop.delete({ where: { id: shop.id } })
    expect(await keptRows([shop.id])).toEqual([])
  })
})
