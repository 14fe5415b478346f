import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { signWebhook } from '@/server/integrations/carriers/webhook-signature'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { POST } from './route'

const db = connectTestDb()
const SECRET = process.env.CARRIER_WEBHOOK_SECRET!

/** A return whose label has been issued, as after approval: the parcel is with the shopper. */
async function returnWithLabel(options: { refundTiming?: string } = {}) {
  const shop = await createShop(db)
  const order = await createOrder(db, shop, { number: `T-${randomBytes(3).toString('hex')}`, email: 't@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
  const hub = await db.hub.upsert({
    where: { code: 'test-hub' },
    update: {},
    create: { code: 'test-hub', name: 'Test hub', line1: '1 Dock', city: 'Venlo', postcode: '5928', country: 'NL', latitude: 51.37, longitude: 6.17, acceptsCountries: ['NL', 'DE'], carriers: ['hub-network'] },
  })
  const trackingNumber = `RT${randomBytes(4).readUInt32BE(0) % 100_000_000}`.padEnd(11, '0') + 'NL'
  const request = await db.returnRequest.create({
    data: {
      shopId: shop.id, orderId: order.id, rma: `R-T${randomBytes(3).toString('hex').toUpperCase()}`, status: 'label_issued', resolution: 'refund',
      currency: 'EUR', itemsAmount: 1600, refundAmount: 1600, hubId: hub.id, decision: { refundTiming: options.refundTiming ?? 'on_inspection' },
      labels: { create: { hubId: hub.id, carrier: 'hub-network', trackingNumber, pdfKey: 'labels/x.pdf', slipKey: 'labels/x-slip.pdf', qrPayload: 'x', weightClass: 'S', costAmount: 650, costCurrency: 'EUR', expiresAt: new Date(Date.now() + 28 * 86_400_000) } },
    },
  })
  return { request, trackingNumber }
}

function post(body: object | string, options: { secret?: string; at?: number } = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  const signature = signWebhook(raw, options.secret ?? SECRET, options.at ?? Math.floor(Date.now() / 1000))
  return POST(new Request('http://localhost/api/webhooks/carrier', { method: 'POST', body: raw, headers: { 'x-roundtrip-signature': signature } }))
}

const event = (trackingNumber: string, type: string, minutesAgo = 1) => ({
  id: `evt_${randomBytes(6).toString('hex')}`,
  trackingNumber,
  type,
  occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
})

async function statusOf(id: string) {
  return (await db.returnRequest.findUniqueOrThrow({ where: { id } })).status
}

describe('POST /api/webhooks/carrier', () => {
  test('a drop-off scan moves the return to in transit and adds a carrier entry to the timeline', async () => {
    const { request, trackingNumber } = await returnWithLabel()
    const response = await post(event(trackingNumber, 'accepted'))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ result: 'recorded', moved: ['in_transit'] })
    expect(await statusOf(request.id)).toBe('in_transit')
    const last = await db.returnEvent.findFirstOrThrow({ where: { returnId: request.id }, orderBy: { id: 'desc' } })
    expect(last).toMatchObject({ fromStatus: 'label_issued', toStatus: 'in_transit', actorType: 'carrier' })
  })

  test('a bad signature and a stale timestamp are refused and change nothing', async () => {
    const { request, trackingNumber } = await returnWithLabel()
    const wrong = await post(event(trackingNumber, 'accepted'), { secret: 'not-the-secret-at-all' })
    expect(wrong.status).toBe(401)
    const stale = await post(event(trackingNumber, 'accepted'), { at: Math.floor(Date.now() / 1000) - 6 * 60 })
    expect(stale.status).toBe(401)
    expect(await stale.json()).toMatchObject({ error: { message: 'Signature stale.' } })
    expect(await statusOf(request.id)).toBe('label_issued')
    expect(await db.carrierEvent.count({ where: { trackingNumber } })).toBe(0)
  })

  test('the same event delivered twice is applied once', async () => {
    const { request, trackingNumber } = await returnWithLabel()
    const scan = event(trackingNumber, 'in_transit')
    await post(scan)
    const again = await post(scan)
    expect(await again.json()).toEqual({ result: 'duplicate' })
    expect(await db.returnEvent.count({ where: { returnId: request.id, actorType: 'carrier' } })).toBe(1)
  })

  test('out of order: delivered first moves through in transit to received; the late in-transit scan changes nothing', async () => {
    const { request, trackingNumber } = await returnWithLabel()
    expect(await (await post(event(trackingNumber, 'delivered_to_hub', 1))).json()).toEqual({ result: 'recorded', moved: ['in_transit', 'received'] })
    expect(await (await post(event(trackingNumber, 'in_transit', 60))).json()).toEqual({ result: 'recorded', moved: [] })
    expect(await statusOf(request.id)).toBe('received')
    expect(await db.carrierEvent.count({ where: { trackingNumber } })).toBe(2)
  })

  test('"refund on first scan" writes the refund intent once', async () => {
    const { request, trackingNumber } = await returnWithLabel({ refundTiming: 'on_first_scan' })
    await post(event(trackingNumber, 'accepted'))
    await post(event(trackingNumber, 'delivered_to_hub'))
    const refunds = await db.refund.findMany({ where: { returnId: request.id } })
    expect(refunds.map((r) => [r.status, r.amount])).toEqual([['pending', 1600]])
  })

  test('malformed bodies and unknown parcels get clear answers', async () => {
    expect((await post('not json')).status).toBe(400)
    expect((await post({ id: 'x', trackingNumber: 'RT1', type: 'teleported', occurredAt: 'yesterday' })).status).toBe(400)
    expect(await (await post(event('RT999999999XX', 'accepted'))).json()).toEqual({ result: 'unknown_tracking_number' })
  })
})
