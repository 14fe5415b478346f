import { describe, expect, test } from 'vitest'
import { createMemoryDriver } from '@/server/integrations/storage'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { getImportJob, runOrderImport, startOrderImport } from './import-orders'

const db = connectTestDb()
const HEADER = 'order_number,email,customer_name,currency,placed_at,delivered_at,ship_line1,ship_city,ship_postcode,ship_country,sku,title,unit_price,quantity'
const row = (n: number, sku = 'MUG', price = '16.00') => `${n},buyer${n}@example.com,Buyer ${n},EUR,2026-11-01,2026-11-04,Torstraße ${n},Berlin,10115,DE,${sku},Mug,${price},1`
const file = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n'))

async function queuedJobs(importJobId: string) {
  return db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${`orders:import:${importJobId}`}`
}

describe('CSV order import', () => {
  test('a valid file is queued with its job in one go, then imported in full by the job', async () => {
    const shop = await createShop(db)
    const storage = createMemoryDriver()
    const rows = Array.from({ length: 25 }, (_, i) => row(7000 + i))
    rows.push(`7000,buyer7000@example.com,,,,,,,,,TOTE,Tote,19.00,2`)
    const started = await startOrderImport(db, storage, { shopId: shop.id, fileName: 'orders.csv', bytes: file(rows), createdById: 'u1' })
    expect(started).toMatchObject({ ok: true, totalOrders: 25, rowCount: 26 })
    if (!started.ok) return
    expect((await queuedJobs(started.jobId))[0]!.n).toBe(1n)
    expect(await getImportJob(db, shop.id, started.jobId)).toMatchObject({ status: 'queued', processedOrders: 0, totalOrders: 25 })

    await runOrderImport(db, storage, started.jobId, () => new Date())
    expect(await getImportJob(db, shop.id, started.jobId)).toMatchObject({ status: 'succeeded', processedOrders: 25, error: null })
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(25)
    const first = await db.order.findUniqueOrThrow({ where: { shopId_number: { shopId: shop.id, number: '7000' } }, include: { lines: true } })
    expect(first.lines.map((l) => [l.sku, l.quantity])).toEqual([['MUG', 1], ['TOTE', 2]])
    expect(first.totalAmount).toBe(1600 + 3800)
  })

  test('a file with any bad row is answered with the row report; nothing is stored, queued or written', async () => {
    const shop = await createShop(db)
    const storage = createMemoryDriver()
    const started = await startOrderImport(db, storage, { shopId: shop.id, fileName: 'bad.csv', bytes: file([row(1), row(2, 'MUG', 'free'), row(3)]), createdById: 'u1' })
    expect(started).toEqual({ ok: false, rowCount: 3, errors: [{ row: 3, column: 'unit_price', message: expect.stringContaining('"free" is not an amount') }] })
    expect(await db.importJob.count({ where: { shopId: shop.id } })).toBe(0)
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0)
  })

  test('unknown supplier codes are row errors too', async () => {
    const shop = await createShop(db)
    const bytes = new TextEncoder().encode(`${HEADER},supplier_code\n${row(1)},nobody`)
    const started = await startOrderImport(db, createMemoryDriver(), { shopId: shop.id, fileName: 's.csv', bytes, createdById: 'u1' })
    expect(started).toMatchObject({ ok: false, errors: [{ row: 2, column: 'supplier_code', message: 'Unknown supplier code "nobody".' }] })
  })

  test('all or nothing: when one order fails while importing, none of the file is kept and the job says why', async () => {
    const shop = await createShop(db)
    const storage = createMemoryDriver()
    // Order 7105 exists with a return on its line: the file would change that line's price.
    const existing = await createOrder(db, shop, { number: '7105', email: 'buyer7105@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
    await db.returnRequest.create({
      data: { shopId: shop.id, orderId: existing.id, rma: `R-IMP-${existing.id.slice(-5)}`, resolution: 'refund', currency: 'EUR', itemsAmount: 1600, refundAmount: 1600, items: { create: { orderLineId: existing.lines[0]!.id, quantity: 1, reason: 'doesnt_fit', refundAmount: 1600 } } },
    })
    const rows = Array.from({ length: 10 }, (_, i) => row(7100 + i, 'SKU-1', i === 5 ? '12.00' : '16.00'))
    const started = await startOrderImport(db, storage, { shopId: shop.id, fileName: 'orders.csv', bytes: file(rows), createdById: 'u1' })
    if (!started.ok) throw new Error('expected the file to validate')
    await runOrderImport(db, storage, started.jobId, () => new Date())
    expect(await getImportJob(db, shop.id, started.jobId)).toMatchObject({ status: 'failed', processedOrders: 0, error: expect.stringContaining('Order 7105') })
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(1)
  })
})
