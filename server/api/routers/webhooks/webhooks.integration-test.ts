import { describe, expect, test } from 'vitest'
import { createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor } from '@/server/testing/trpc-caller'

const db = connectTestDb()

async function adminCaller() {
  const shop = await createShop(db)
  const staff = { userId: `admin-${shop.id}`, email: 'admin@shop.example', memberships: [{ shopId: shop.id, role: 'admin' as const }] }
  return { shop, api: callerFor(db, { staff }).caller }
}

describe('webhook endpoints in the admin', () => {
  test('the secret is shown once, at creation; the list only hints at it', async () => {
    const { shop, api } = await adminCaller()
    const created = await api.webhooks.create({ shopId: shop.id, url: ' https://hooks.example.com/roundtrip ', eventTypes: ['return.created', 'return.refunded', 'return.created'], description: 'ERP' })
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/)
    expect(created.endpoint).toMatchObject({ url: 'https://hooks.example.com/roundtrip', eventTypes: ['return.created', 'return.refunded'], enabled: true, description: 'ERP' })
    const listed = await api.webhooks.list({ shopId: shop.id })
    expect(listed).toEqual([{ ...created.endpoint, secretHint: `…${created.secret.slice(-4)}` }])
    expect(JSON.stringify(listed)).not.toContain(created.secret)
  })

  test('refuses bad input clearly and changes nothing', async () => {
    const { shop, api } = await adminCaller()
    await expect(api.webhooks.create({ shopId: shop.id, url: 'ftp://hooks.example.com/x', eventTypes: ['return.created'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST', message: 'Only http:// and https:// URLs can receive webhooks.',
    })
    await expect(api.webhooks.create({ shopId: shop.id, url: 'https://hooks.example.com/x', eventTypes: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(api.webhooks.create({ shopId: shop.id, url: 'https://hooks.example.com/x', eventTypes: ['return.nonsense' as 'return.created'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(api.webhooks.update({ id: 'missing', enabled: false })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await api.webhooks.list({ shopId: shop.id })).toEqual([])
  })

  test('disable, change events, remove', async () => {
    const { shop, api } = await adminCaller()
    const { endpoint } = await api.webhooks.create({ shopId: shop.id, url: 'https://hooks.example.com/a', eventTypes: ['return.created'] })
    expect(await api.webhooks.update({ id: endpoint.id, enabled: false, eventTypes: ['return.expired'] })).toMatchObject({ enabled: false, eventTypes: ['return.expired'] })
    await api.webhooks.remove({ id: endpoint.id })
    expect(await api.webhooks.list({ shopId: shop.id })).toEqual([])
  })

  test('the delivery log shows each delivery with its attempts, and replay queues it again', async () => {
    const { shop, api } = await adminCaller()
    const { endpoint } = await api.webhooks.create({ shopId: shop.id, url: 'https://hooks.example.com/a', eventTypes: ['return.created'] })
    const delivery = await db.webhookDelivery.create({
      data: {
        eventId: 'evt_log', dedupeKey: `log:${endpoint.id}`, endpointId: endpoint.id, shopId: shop.id, type: 'return.created', body: '{"id":"evt_log"}', status: 'failed', attempts: 1, lastStatusCode: 500,
        attemptsLog: { create: [{ startedAt: new Date(), statusCode: 500, durationMs: 42, error: 'The receiver answered HTTP 500.' }] },
      },
    })
    const [logged] = await api.webhooks.deliveries({ shopId: shop.id })
    expect(logged).toMatchObject({ id: delivery.id, eventId: 'evt_log', status: 'failed', endpoint: { url: 'https://hooks.example.com/a' }, attemptsLog: [{ statusCode: 500, durationMs: 42 }] })
    await expect(api.webhooks.replay({ deliveryId: delivery.id })).resolves.toEqual({ queued: true })
    await api.webhooks.update({ id: endpoint.id, enabled: false })
    await expect(api.webhooks.replay({ deliveryId: delivery.id })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Enable the endpoint before replaying to it.' })
  })
})
