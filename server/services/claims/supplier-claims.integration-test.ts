import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { readPdf } from '@/server/integrations/labels/pdf-text.fixture'
import { createOrder, createShop } from '@/server/testing/factories'
import { insightsFixture } from '@/server/testing/insights-fixture'
import { createReturnFixture } from '@/server/testing/returns-fixture'
import { connectTestDb } from '@/server/testing/test-db'
import { claimCsv, renderClaimPdf } from './claim-documents'
import { listSupplierClaims, readSupplierClaim } from './read-supplier-claims'
import { syncSupplierClaims } from './sync-supplier-claims'
import { markClaimSent, settleClaim } from './update-supplier-claim'

const db = connectTestDb()
const now = new Date('2026-11-27T12:00:00Z')
const sync = (shopId: string) => db.$transaction((tx) => syncSupplierClaims(tx, { shopId, now }))

async function shopWithSupplier() {
  const shop = await createShop(db)
  const supplier = await db.supplier.create({ data: { shopId: shop.id, code: 'SUP', name: 'Supplier Ltd', country: 'CN' } })
  const hub = await db.hub.create({ data: { code: `hub-${shop.slug}`, name: 'Hub', line1: '1 Road', city: 'Venlo', postcode: '1', country: 'NL', latitude: 51, longitude: 6, acceptsCountries: ['DE'], carriers: ['x'] } })
  let n = 0
  const order = async (lines: { title: string; unitPrice: number; quantity?: number }[]) => {
    const created = await createOrder(db, shop, { number: `C-${++n}`, email: `c${n}@example.com`, lines })
    await db.orderLine.updateMany({ where: { orderId: created.id }, data: { supplierId: supplier.id } })
    return created
  }
  return { shop, supplier, hub, order }
}

describe('supplier claims', () => {
  test('gather refunded faulty and wrong items, once, however often and however concurrently they are collected', async () => {
    const { shop, order } = await shopWithSupplier()
    const o = await order([{ title: 'Mug', unitPrice: 1600, quantity: 3 }, { title: 'Tote', unitPrice: 1900 }, { title: 'Shirt', unitPrice: 5400 }, { title: 'Scarf', unitPrice: 4500 }])
    const [mug, tote, shirt, scarf] = o.lines
    await createReturnFixture(db, {
      shopId: shop.id, orderId: o.id, currency: 'EUR', status: 'refunded',
      items: [
        { orderLineId: mug!.id, quantity: 2, reason: 'damaged', refundAmount: 3200 },
        { orderLineId: tote!.id, quantity: 1, reason: 'doesnt_fit', refundAmount: 1900, grade: 'wrong_item' },
        { orderLineId: shirt!.id, quantity: 1, reason: 'damaged', refundAmount: 5400, grade: 'damaged_by_customer' },
        { orderLineId: scarf!.id, quantity: 1, reason: 'didnt_like', refundAmount: 4500 },
      ],
    })
    const results = await Promise.all([sync(shop.id), sync(shop.id), sync(shop.id)])
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(2)
    expect(await sync(shop.id)).toEqual({ added: 0 })
    const [claim, ...others] = await listSupplierClaims(db, { shopId: shop.id })
    expect(others).toEqual([])
    expect(claim).toMatchObject({ supplierName: 'Supplier Ltd', currency: 'EUR', status: 'open', items: 2, units: 3, refundAmount: 5100, shippingAmount: 0, claimedAmount: 5100 })
  })

  test('leave out returns whose money has not gone out, and items without a supplier', async () => {
    const { shop, order } = await shopWithSupplier()
    const pending = await order([{ title: 'Mug', unitPrice: 1600 }])
    await createReturnFixture(db, { shopId: shop.id, orderId: pending.id, currency: 'EUR', status: 'received', items: [{ orderLineId: pending.lines[0]!.id, quantity: 1, reason: 'defective', refundAmount: 1600 }] })
    const orphan = await createOrder(db, shop, { number: 'NOSUP', email: 'n@example.com', lines: [{ title: 'Thing', unitPrice: 100 }] })
    await createReturnFixture(db, { shopId: shop.id, orderId: orphan.id, currency: 'EUR', status: 'refunded', items: [{ orderLineId: orphan.lines[0]!.id, quantity: 1, reason: 'defective', refundAmount: 100 }] })
    expect(await sync(shop.id)).toEqual({ added: 0 })
  })

  test('claim the return shipping, shared by units between the items of the parcel', async () => {
    const { shop, hub, order } = await shopWithSupplier()
    const o = await order([{ title: 'Mug', unitPrice: 1600, quantity: 2 }, { title: 'Scarf', unitPrice: 4500 }])
    const request = await createReturnFixture(db, {
      shopId: shop.id, orderId: o.id, currency: 'EUR', status: 'refunded', hubId: hub.id,
      items: [{ orderLineId: o.lines[0]!.id, quantity: 2, reason: 'damaged', refundAmount: 3200 }, { orderLineId: o.lines[1]!.id, quantity: 1, reason: 'didnt_like', refundAmount: 4500 }],
    })
    await db.label.create({
      data: { returnId: request.id, hubId: hub.id, carrier: 'x', trackingNumber: `RT${request.id.slice(-9)}NL`, pdfKey: 'a', slipKey: 'b', qrPayload: 'q', weightClass: 'M', costAmount: 780, costCurrency: 'EUR', expiresAt: now },
    })
    await sync(shop.id)
    const [claim] = await listSupplierClaims(db, { shopId: shop.id })
    // 780 over 3 units: the mugs' two thirds is 520; the scarf's share is not claimed.
    expect(claim).toMatchObject({ refundAmount: 3200, shippingAmount: 520, claimedAmount: 3720 })
  })

  test('once sent, a claim no longer changes: new faulty items open a new claim; settling records what came back', async () => {
    const { shop, order } = await shopWithSupplier()
    const first = await order([{ title: 'Mug', unitPrice: 1600 }])
    await createReturnFixture(db, { shopId: shop.id, orderId: first.id, currency: 'EUR', status: 'refunded', items: [{ orderLineId: first.lines[0]!.id, quantity: 1, reason: 'damaged', refundAmount: 1600 }] })
    await sync(shop.id)
    const [sent] = await listSupplierClaims(db, { shopId: shop.id })
    await expect(settleClaim(db, { shopId: shop.id, claimId: sent!.id, recoveredAmount: 0, actorId: 'u', now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
    await markClaimSent(db, { shopId: shop.id, claimId: sent!.id, actorId: 'u', now })
    await expect(markClaimSent(db, { shopId: shop.id, claimId: sent!.id, actorId: 'u', now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })

    const second = await order([{ title: 'Mug', unitPrice: 1600 }])
    await createReturnFixture(db, { shopId: shop.id, orderId: second.id, currency: 'EUR', status: 'refunded', items: [{ orderLineId: second.lines[0]!.id, quantity: 1, reason: 'defective', refundAmount: 1600 }] })
    expect(await sync(shop.id)).toEqual({ added: 1 })
    const claims = await listSupplierClaims(db, { shopId: shop.id })
    expect(claims.map((c) => [c.status, c.items])).toEqual([['open', 1], ['sent', 1]])

    await expect(settleClaim(db, { shopId: shop.id, claimId: sent!.id, recoveredAmount: 1601, actorId: 'u', now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await settleClaim(db, { shopId: shop.id, claimId: sent!.id, recoveredAmount: 1200, actorId: 'u', now })
    expect((await listSupplierClaims(db, { shopId: shop.id })).find((c) => c.id === sent!.id)).toMatchObject({ status: 'settled', recoveredAmount: 1200, settledAt: now })
  })

  test("a claim of another shop is not found, and cannot be changed", async () => {
    const f = await insightsFixture(db)
    await expect(readSupplierClaim(db, { shopId: f.other.id, claimId: f.openClaimId })).rejects.toMatchObject({ code: 'CLAIM_NOT_FOUND' })
    await expect(markClaimSent(db, { shopId: f.other.id, claimId: f.openClaimId, actorId: 'u', now })).rejects.toMatchObject({ code: 'CLAIM_NOT_FOUND' })
    expect((await readSupplierClaim(db, { shopId: f.shop.id, claimId: f.openClaimId })).claim.status).toBe('open')
  })

  test('export as CSV (one record per item) and as a PDF letter', async () => {
    const f = await insightsFixture(db)
    const { claim, lines } = await readSupplierClaim(db, { shopId: f.shop.id, claimId: f.openClaimId })
    const records = parse(claimCsv(claim, lines), { columns: true }) as Record<string, string>[]
    expect(records).toEqual([expect.objectContaining({ order_number: 'F-1', sku: 'MUG', reason: 'damaged', quantity: '1', refund_amount: '16.00', currency: 'EUR' })])
    const pdf = await renderClaimPdf({ shopName: f.shop.name, claim, lines, printedAt: now })
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
    const { allText: text, texts, pages } = await readPdf(pdf)
    for (const t of texts) expect(t.x + t.width, t.text).toBeLessThanOrEqual(pages[t.page - 1]!.width)
    expect(text).toContain('Mug Works')
    expect(text).toContain(lines[0]!.rma)
    expect(text).toContain('€16.00')
  })
})
