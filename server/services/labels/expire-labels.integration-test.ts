import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { expireLabels } from './expire-labels'

const db = connectTestDb()
const now = new Date('2026-12-01T12:00:00Z')

async function labelledReturn(status: 'label_issued' | 'in_transit', expiresAt: Date) {
  const shop = await createShop(db)
  const order = await createOrder(db, shop, { number: `E-${randomBytes(3).toString('hex')}`, email: 'e@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
  const hub = await db.hub.upsert({
    where: { code: 'expiry-hub' },
    update: {},
    create: { code: 'expiry-hub', name: 'Hub', line1: '1 Dock', city: 'Reno', postcode: '89502', country: 'US', latitude: 39.5, longitude: -119.8, acceptsCountries: ['US'], carriers: [] },
  })
  return db.returnRequest.create({
    data: {
      shopId: shop.id, orderId: order.id, rma: `R-E${randomBytes(3).toString('hex').toUpperCase()}`, status, resolution: 'refund', currency: 'EUR', itemsAmount: 1600, refundAmount: 1600,
      labels: { create: { hubId: hub.id, carrier: 'hub-network', trackingNumber: `RT${randomBytes(5).toString('hex')}US`, pdfKey: 'labels/e.pdf', slipKey: 'labels/e-slip.pdf', qrPayload: 'x', weightClass: 'S', costAmount: 700, costCurrency: 'USD', expiresAt } },
    },
  })
}

describe('label expiry', () => {
  test('moves an unscanned return whose label ran out to expired, once, with a timeline entry', async () => {
    const stale = await labelledReturn('label_issued', new Date(now.getTime() - 1000))
    const fresh = await labelledReturn('label_issued', new Date(now.getTime() + 86_400_000))
    const shipped = await labelledReturn('in_transit', new Date(now.getTime() - 1000))
    const first = await expireLabels(db, now)
    expect(first.expired).toContain(stale.id)
    expect(first.expired).not.toContain(fresh.id)
    expect(first.expired).not.toContain(shipped.id)
    expect((await expireLabels(db, now)).expired).not.toContain(stale.id)
    const statuses = await db.returnRequest.findMany({ where: { id: { in: [stale.id, fresh.id, shipped.id] } }, select: { id: true, status: true } })
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [stale.id]: 'expired', [fresh.id]: 'label_issued', [shipped.id]: 'in_transit' })
    expect(await db.returnEvent.count({ where: { returnId: stale.id, toStatus: 'expired' } })).toBe(1)
  })
})
