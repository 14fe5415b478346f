import { describe, expect, test } from 'vitest'
import { summaryPlan } from '@/server/domain/analytics'
import { cancelReturn } from '@/server/services/staff/review-actions'
import { createOrder } from '@/server/testing/factories'
import { createReturnFixture } from '@/server/testing/returns-fixture'
import { ensureHub, portalReturn, staffWorld } from '@/server/testing/staff-fixtures'
import { connectTestDb } from '@/server/testing/test-db'
import { loadAnalyticsCubes, loadShopAnalytics } from './load-analytics'

const db = connectTestDb()
const DAY = 86_400_000
const SUMMARIES = ['analytics_sales_blocks', 'analytics_return_blocks', 'analytics_keep_it_blocks', 'analytics_fee_blocks', 'analytics_refund_time_blocks'] as const

const sorted = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).sort()

/** Every summary row, sorted (the queue counts without the zeros that increments leave behind). */
async function summaries() {
  const tables: Record<string, unknown[]> = {}
  for (const table of SUMMARIES) tables[table] = sorted(await db.$queryRawUnsafe(`SELECT * FROM ${table}`))
  tables.return_status_counts = sorted(await db.$queryRawUnsafe(`SELECT * FROM return_status_counts WHERE count <> 0`))
  return tables
}

/** What the triggers kept equals a recomputation from the orders and returns as they are now. */
async function expectKeptEqualsFromScratch() {
  const kept = await summaries()
  await db.$executeRawUnsafe('SELECT analytics_rebuild()')
  await db.$executeRawUnsafe('SELECT return_status_counts_rebuild()')
  expect(kept).toEqual(await summaries())
}


/** The cubes read through the summaries equal the cubes read from the orders alone. */
async function expectSummariesMatchOrders(shopId: string, range: { from: Date; to: Date }) {
  const viaSummaries = await loadAnalyticsCubes(db, shopId, summaryPlan(range))
  const fromOrders = await loadAnalyticsCubes(db, shopId, { blocks: [], edges: [range] })
  for (const key of ['sales', 'returns', 'keepIt', 'fees', 'durations'] as const) expect(sorted(viaSummaries[key]), key).toEqual(sorted(fromOrders[key]))
}

describe('the analytics summaries', () => {
  test('follow every change to orders, lines, returns and items, through the services and straight SQL', async () => {
    const world = await staffWorld(db)
    const hub = await ensureHub(db)
    const { shop } = world
    const supplier = await db.supplier.create({ data: { shopId: shop.id, code: 'S1', name: 'Supplier One', country: 'PT' } })
    const base = Date.UTC(2026, 8, 1)
    const orders = []
    // Orders over three weeks at odd hours, so days, 4- and 16-day blocks and partial days all occur.
    for (let i = 0; i < 12; i++) {
      const order = await createOrder(db, shop, {
        number: `S-${i}`, email: `s${i % 4}@example.com`, placedAt: new Date(base + i * 1.7 * DAY + 3_600_000 * (i % 24)),
        lines: [{ title: i % 2 ? 'Mug' : 'Sweater', unitPrice: 1000 + i, quantity: 1 + (i % 3) }, { title: 'Socks', unitPrice: 500 }],
      })
      orders.push(order)
    }
    await db.orderLine.updateMany({ where: { orderId: { in: orders.slice(0, 6).map((o) => o.id) } }, data: { supplierId: supplier.id } })
    const returns = []
    for (const [i, order] of orders.entries()) {
      if (i % 3 === 2) continue
      returns.push(
        await createReturnFixture(db, {
          shopId: shop.id, orderId: order.id, currency: 'EUR', status: (['refunded', 'approved', 'rejected', 'in_transit'] as const)[i % 4]!,
          hubId: i % 5 ? hub.id : null, keepItem: i % 5 === 0, feesAmount: i % 2 ? 495 : 0,
          createdAt: new Date(order.placedAt.getTime() + 4 * DAY), closedAt: i % 4 === 0 ? new Date(order.placedAt.getTime() + 4 * DAY + (10 + i) * 3_600_000) : null,
          items: [{ orderLineId: order.lines[0]!.id, quantity: 1, reason: i % 2 ? 'damaged' : 'doesnt_fit', refundAmount: 900 + i }],
        }),
      )
    }
    // And one the portal makes (the real engine, label and all), then cancelled by staff.
    const portal = await portalReturn(db, world)
    await cancelReturn(db, { staff: world.admin, rma: portal.rma, reason: 'changed their mind', now: world.now })
    await expectKeptEqualsFromScratch()

    // Straight SQL and Prisma writes the services do not make, each of which the triggers must see.
    await db.returnItem.update({ where: { id: returns[0]!.items[0]!.id }, data: { refundAmount: 100, reason: 'defective' } })
    await db.returnRequest.update({ where: { id: returns[1]!.id }, data: { status: 'cancelled' } })
    await db.returnRequest.update({ where: { id: returns[2]!.id }, data: { attentionReason: 'dispute', attentionAt: new Date() } })
    await db.order.update({ where: { id: orders[3]!.id }, data: { shipCountry: 'AT' } })
    await db.order.update({ where: { id: orders[4]!.id }, data: { placedAt: new Date(base + 30 * DAY) } })
    await db.orderLine.update({ where: { id: orders[5]!.lines[1]!.id }, data: { quantity: 4, title: 'Wool socks' } })
    await db.$executeRaw`UPDATE return_requests SET hub_id = NULL, keep_item = true WHERE id = ${returns[3]!.id}`
    await expectKeptEqualsFromScratch()

    await db.returnRequest.delete({ where: { id: returns[4]!.id } })
    await db.order.delete({ where: { id: orders[8]!.id } }) // one without returns (their items hold on to its lines)
    await db.orderLine.create({ data: { orderId: orders[0]!.id, position: 9, sku: 'SKU-9', title: 'Scarf', unitPrice: 2000, quantity: 2 } })
    await expectKeptEqualsFromScratch()

    for (const range of [
      { from: new Date(base), to: new Date(base + 32 * DAY) },
      { from: new Date(base + 2.5 * DAY), to: new Date(base + 19.25 * DAY) },
      { from: new Date(base - 200 * DAY), to: new Date(base + 199 * DAY) },
      { from: new Date(base + 5 * DAY + 1000), to: new Date(base + 5 * DAY + 7_200_000) },
    ]) {
      await expectSummariesMatchOrders(shop.id, range)
    }
    const page = await loadShopAnalytics(db, { shopId: shop.id, range: { from: new Date(base), to: new Date(base + 32 * DAY) } })
    expect(page.shop.unitsSold).toBeGreaterThan(0)
    expect(page.refundTime.refunds).toBeGreaterThan(0)
  })

  test("another shop's rows never mix in, and an empty shop has none", async () => {
    const { shop, other } = await staffWorld(db)
    await portalReturn(db, await staffWorld(db))
    const count = await db.analyticsSalesBlock.count({ where: { shopId: other.id } })
    expect(count).toBe(0)
    expect(await db.analyticsSalesBlock.count({ where: { shopId: shop.id, span: 1 } })).toBeGreaterThan(0)
  })
})
