import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { labelCost } from '@/server/domain/label-rates'
import { seedDemo } from '@/prisma/seed/seed-demo'
import { createOrder, createShop } from '@/server/testing/factories'
import { createReturnFixture } from '@/server/testing/returns-fixture'
import { connectTestDb } from '@/server/testing/test-db'
import { exportReturnsCsv } from './export-returns-csv'
import { loadShopAnalytics } from './load-analytics'

const db = connectTestDb()
const DAY = 86_400_000
const range = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-10-01T00:00:00Z') }
const inRange = new Date('2026-09-10T12:00:00Z')

async function csvRows(input: Parameters<typeof exportReturnsCsv>[1]) {
  let text = ''
  for await (const chunk of exportReturnsCsv(db, input)) text += chunk
  return parse(text, { columns: true }) as Record<string, string>[]
}

/**
 * A shop with two suppliers: "Mugs" sells 20 mugs in EUR and 20 in GBP; "Knits" sells 160 sweaters.
 * 10 mugs come back (25%), 3 sweaters (under 2%); shop 13 / 200.
 */
async function handBuiltShop() {
  const shop = await createShop(db)
  const [mugs, knits] = await Promise.all([
    db.supplier.create({ data: { shopId: shop.id, code: 'MUGS', name: 'Mug Works', country: 'CN' } }),
    db.supplier.create({ data: { shopId: shop.id, code: 'KNITS', name: 'Knit Co', country: 'PT' } }),
  ])
  const hub = await db.hub.findFirst() ?? (await db.hub.create({ data: { code: `hub-${shop.slug}`, name: 'Test Hub', line1: '1 Road', city: 'Venlo', postcode: '1', country: 'NL', latitude: 51, longitude: 6, acceptsCountries: ['DE'], carriers: ['x'] } }))
  const order = async (number: string, title: string, quantity: number, supplierId: string, currency = 'EUR', placedAt = inRange) => {
    const created = await createOrder(db, { id: shop.id, currency }, { number, email: `${number}@example.com`, placedAt, lines: [{ title, unitPrice: 1000, quantity }] })
    await db.orderLine.updateMany({ where: { orderId: created.id }, data: { supplierId, sku: title.toUpperCase() } })
    return created
  }
  const eurMugs = await order('1', 'Mug', 20, mugs.id)
  const gbpMugs = await order('2', 'Mug', 20, mugs.id, 'GBP')
  const sweaters = await order('3', 'Sweater', 160, knits.id)
  const outside = await order('4', 'Mug', 10, mugs.id, 'EUR', new Date(range.to.getTime() + DAY))

  const requested = new Date('2026-09-15T00:00:00Z')
  const line = (o: { lines: { id: string }[] }) => o.lines[0]!.id
  // Refunded after 24 h, 48 h and 240 h; a keep-it; one with a fee; one rejected (not counted); one outside the range.
  await createReturnFixture(db, { shopId: shop.id, orderId: eurMugs.id, currency: 'EUR', status: 'refunded', hubId: hub.id, createdAt: requested, closedAt: new Date(requested.getTime() + DAY), items: [{ orderLineId: line(eurMugs), quantity: 4, reason: 'damaged', refundAmount: 4000 }] })
  await createReturnFixture(db, { shopId: shop.id, orderId: gbpMugs.id, currency: 'GBP', status: 'refunded', hubId: hub.id, createdAt: requested, closedAt: new Date(requested.getTime() + 2 * DAY), items: [{ orderLineId: line(gbpMugs), quantity: 5, reason: 'damaged', refundAmount: 5000 }] })
  await createReturnFixture(db, { shopId: shop.id, orderId: gbpMugs.id, currency: 'GBP', status: 'approved', keepItem: true, items: [{ orderLineId: line(gbpMugs), quantity: 1, reason: 'defective', refundAmount: 1000 }] })
  await createReturnFixture(db, { shopId: shop.id, orderId: sweaters.id, currency: 'EUR', status: 'refunded', hubId: hub.id, feesAmount: 495, createdAt: requested, closedAt: new Date(requested.getTime() + 10 * DAY), items: [{ orderLineId: line(sweaters), quantity: 3, reason: 'doesnt_fit', refundAmount: 3000 }] })
  await createReturnFixture(db, { shopId: shop.id, orderId: sweaters.id, currency: 'EUR', status: 'rejected', items: [{ orderLineId: line(sweaters), quantity: 10, reason: 'doesnt_fit', refundAmount: 10_000 }] })
  await createReturnFixture(db, { shopId: shop.id, orderId: outside.id, currency: 'EUR', status: 'refunded', items: [{ orderLineId: line(outside), quantity: 10, reason: 'damaged', refundAmount: 10_000 }] })
  return { shop, mugs, knits, hub }
}

describe('shop analytics on a hand-built shop', () => {
  test('return rates, refund cost per currency and the flag, by supplier and product', async () => {
    const { shop, mugs, knits } = await handBuiltShop()
    const result = await loadShopAnalytics(db, { shopId: shop.id, range })
    expect(result.shop).toEqual({ unitsSold: 200, unitsReturned: 13, returnRate: 0.065, refundCost: [{ currency: 'EUR', amount: 7000 }, { currency: 'GBP', amount: 6000 }] })
    expect(result.byDimension.supplier).toEqual([
      { key: mugs.id, label: 'Mug Works', unitsSold: 40, unitsReturned: 10, returnRate: 0.25, refundCost: [{ currency: 'EUR', amount: 4000 }, { currency: 'GBP', amount: 6000 }], flagged: true },
      { key: knits.id, label: 'Knit Co', unitsSold: 160, unitsReturned: 3, returnRate: 3 / 160, refundCost: [{ currency: 'EUR', amount: 3000 }], flagged: false },
    ])
    expect(result.byDimension.product.map((r) => [r.label, r.returnRate, r.flagged])).toEqual([['Mug', 0.25, true], ['Sweater', 3 / 160, false]])
    expect(result.byDimension.reason.map((r) => [r.key, r.unitsReturned])).toEqual([['damaged', 9], ['doesnt_fit', 3], ['defective', 1]])
    expect(result.byDimension.country.map((r) => [r.key, r.unitsSold, r.unitsReturned])).toEqual([['DE', 200, 13]])
    expect(result.byDimension.hub.map((r) => [r.label, r.unitsReturned])).toEqual([[expect.any(String), 12], ['No hub (kept or not shipped)', 1]])
    expect(result.topReasons).toEqual([
      { product: 'Mug', reasons: [{ reason: 'damaged', units: 9 }, { reason: 'defective', units: 1 }] },
      { product: 'Sweater', reasons: [{ reason: 'doesnt_fit', units: 3 }] },
    ])
  })

  test('keep-it savings, fees recovered and time from request to refund', async () => {
    const { shop } = await handBuiltShop()
    const result = await loadShopAnalytics(db, { shopId: shop.id, range })
    expect(result.keepIt).toEqual({ savings: [labelCost({ distanceKm: null, weightClass: 'S', currency: 'GBP' })], keepItReturns: 1, unpricedReturns: 0 })
    expect(result.feesRecovered).toEqual([{ currency: 'EUR', amount: 495 }])
    expect(result.refundTime).toEqual({ refunds: 3, medianHours: 48, p90Hours: 240 })
  })

  test("another shop's figures are its own, and an empty range is all zeros", async () => {
    await handBuiltShop()
    const other = await createShop(db)
    const result = await loadShopAnalytics(db, { shopId: other.id, range })
    expect(result.shop).toEqual({ unitsSold: 0, unitsReturned: 0, returnRate: null, refundCost: [] })
    expect(result.byDimension.supplier).toEqual([])
    expect(result.refundTime).toEqual({ refunds: 0, medianHours: null, p90Hours: null })
  })

  test('refuses a reversed range with a clear error', async () => {
    const shop = await createShop(db)
    await expect(loadShopAnalytics(db, { shopId: shop.id, range: { from: range.to, to: range.from } })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('the CSV export', () => {
  test('holds exactly the returned items behind the page: per supplier, units and refunds match', async () => {
    const { shop } = await handBuiltShop()
    const page = await loadShopAnalytics(db, { shopId: shop.id, range })
    const rows = await csvRows({ shopId: shop.id, range, pageSize: 2 })
    expect(rows).toHaveLength(4)
    for (const supplier of page.byDimension.supplier) {
      const mine = rows.filter((r) => r.supplier === supplier.label)
      expect(mine.reduce((sum, r) => sum + Number(r.quantity), 0)).toBe(supplier.unitsReturned)
      const filtered = await csvRows({ shopId: shop.id, range, dimension: 'supplier', key: supplier.key })
      expect(filtered).toEqual(mine)
      for (const { currency, amount } of supplier.refundCost) {
        const cents = mine.filter((r) => r.currency === currency).reduce((sum, r) => sum + Math.round(Number(r.refund_amount) * 100), 0)
        expect(cents).toBe(amount)
      }
    }
  })

  test('a chart row needs both dimension and key', async () => {
    const shop = await createShop(db)
    await expect(csvRows({ shopId: shop.id, range, dimension: 'supplier' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('the demo data', () => {
  test('flags the stoneware mug and its supplier (about one in four returned, broken in transit), and nothing else', async () => {
    const now = new Date('2026-11-27T12:00:00Z')
    await seedDemo(db, { now })
    const shop = await db.shop.findUniqueOrThrow({ where: { slug: 'demo' } })
    const result = await loadShopAnalytics(db, { shopId: shop.id, range: { from: new Date(now.getTime() - 90 * DAY), to: now } })
    const flagged = (rows: { label: string; flagged: boolean }[]) => rows.filter((r) => r.flagged).map((r) => r.label)
    expect(flagged(result.byDimension.product)).toEqual(['Speckled Stoneware Mug'])
    expect(flagged(result.byDimension.supplier)).toEqual(['Guangzhou Baiyun Homeware Ltd.'])
    const mug = result.byDimension.product.find((r) => r.label === 'Speckled Stoneware Mug')!
    expect(mug.returnRate).toBeGreaterThan(0.24)
    expect(mug.returnRate).toBeLessThan(0.27)
    expect(result.topReasons.find((r) => r.product === 'Speckled Stoneware Mug')!.reasons[0]!.reason).toBe('damaged')
    expect(result.shop.returnRate).toBeLessThan(0.1)
    expect(result.keepIt.keepItReturns).toBe(2)
    expect(result.refundTime.refunds).toBeGreaterThan(20)
  })
})
