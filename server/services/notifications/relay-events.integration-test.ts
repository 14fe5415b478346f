import { describe, expect, test } from 'vitest'
import { connectTestDb } from '@/server/testing/test-db'
import { relayEvents } from './relay-events'
import { emailsTo, moveReturn, submittedReturn } from './test-kit.fixture'

const db = connectTestDb()
const now = () => new Date()
const publicUrl = 'https://returns.example'

async function pendingFor(returnId: string) {
  return db.pendingReturnEvent.count({ where: { returnId } })
}

describe('the notification relay', () => {
  test('every return event is queued for the relay in its own transaction, with a relay job keyed by the return', async () => {
    const { returnId } = await submittedReturn(db)
    expect(await pendingFor(returnId)).toBe(2)
    const jobs = await db.$queryRaw<{ key: string; payload: { returnId: string } }[]>`
      SELECT j.key, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'events:relay' AND j.key = ${`events:relay:${returnId}`}`
    expect(jobs).toEqual([{ key: `events:relay:${returnId}`, payload: { returnId } }])
  })

  test('an event whose transaction rolls back leaves nothing to relay', async () => {
    const { returnId } = await submittedReturn(db)
    await expect(
      db.$transaction(async (tx) => {
        await tx.returnEvent.create({ data: { returnId, type: 'note', actorType: 'staff', note: 'rolled back' } })
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect(await pendingFor(returnId)).toBe(2)
  })

  test('the shopper gets "request received" in their language, the shop branding, once however often the relay runs', async () => {
    const { returnId, shop, rma } = await submittedReturn(db, { locale: 'de', email: 'kunde@example.com' })
    await relayEvents(db, { now: now(), returnId, publicUrl })
    await relayEvents(db, { now: now(), returnId, publicUrl })
    await relayEvents(db, { now: now(), publicUrl })
    const emails = await emailsTo(db, 'kunde@example.com', shop.id)
    expect(emails.map((e) => [e.template, e.locale, e.subject, e.status])).toEqual([
      ['return.request_received', 'de', `Wir haben Ihre Rücksendeanfrage ${rma} erhalten`, 'pending'],
    ])
    const data = emails[0]!.data as { html: string; text: string }
    expect(data.html).toContain('background:#1f3a5f')
    expect(data.html).toContain('src="https://returns.example/demo/logo.svg"')
    expect(data.text).toContain('help@shop.example')
    expect(data.text).toContain(`https://returns.example/${shop.slug}/returns/${rma}`)
    expect(await pendingFor(returnId)).toBe(0)
  })

  test('every stage a return goes through sends its email, whoever moved it', async () => {
    const { returnId, shop, rma } = await submittedReturn(db, { locale: 'en', email: 'stages@example.com' })
    for (const to of ['label_issued', 'in_transit', 'received', 'inspected', 'refund_pending', 'refunded'] as const) await moveReturn(db, returnId, to)
    const other = await submittedReturn(db, { email: 'credit@example.com' })
    for (const to of ['label_issued', 'in_transit', 'received', 'inspected', 'credit_issued'] as const) await moveReturn(db, other.returnId, to)
    const third = await submittedReturn(db, { email: 'swap@example.com' })
    for (const to of ['label_issued', 'in_transit', 'received', 'inspected', 'replacement_sent'] as const) await moveReturn(db, third.returnId, to)

    await relayEvents(db, { now: now(), publicUrl })
    expect((await emailsTo(db, 'stages@example.com', shop.id)).map((e) => e.template)).toEqual([
      'return.request_received', 'return.approved_label', 'return.received', 'return.inspected', 'return.refunded',
    ])
    const label = (await emailsTo(db, 'stages@example.com', shop.id))[1]!
    expect(label.subject).toBe(`Return ${rma} approved: your prepaid label`)
    expect((await emailsTo(db, 'credit@example.com', other.shop.id)).map((e) => e.template).at(-1)).toBe('return.credited')
    expect((await emailsTo(db, 'swap@example.com', third.shop.id)).map((e) => e.template).at(-1)).toBe('return.replacement_shipped')
  })

  test('keep-it and rejection: the keep-it email, and the rejection with the reason staff gave', async () => {
    const keep = await submittedReturn(db, { email: 'keep@example.com' })
    await db.returnRequest.update({ where: { id: keep.returnId }, data: { keepItem: true } })
    await moveReturn(db, keep.returnId, 'refund_pending')
    await moveReturn(db, keep.returnId, 'refunded')
    await relayEvents(db, { now: now(), publicUrl })
    expect((await emailsTo(db, 'keep@example.com', keep.shop.id)).map((e) => e.template)).toEqual(['return.request_received', 'return.approved_keep_it', 'return.refunded'])

    const shop = (await submittedReturn(db)).shop
    const order = await db.order.findFirstOrThrow({ where: { shopId: shop.id } })
    const review = await db.returnRequest.create({
      data: {
        shopId: shop.id, orderId: order.id, rma: `R-REJ-${order.id.slice(-6)}`, status: 'needs_review', resolution: 'refund', currency: 'EUR', itemsAmount: 100, refundAmount: 100,
        events: { create: [{ type: 'status_changed', toStatus: 'requested', actorType: 'shopper' }, { type: 'status_changed', fromStatus: 'requested', toStatus: 'needs_review', actorType: 'system' }] },
      },
    })
    await moveReturn(db, review.id, 'rejected', { note: 'internal: photos show wear', data: { reason: 'The sweater has been worn and washed.' } })
    await relayEvents(db, { now: now(), publicUrl })
    const rejected = await db.outboxMessage.findFirstOrThrow({ where: { template: 'return.rejected', shopId: shop.id } })
    expect((rejected.data as { text: string }).text).toContain('Reason: The sweater has been worn and washed.')
    expect((rejected.data as { text: string }).text).not.toContain('internal')
  })

  test('concurrent relays share the work: every email exactly once, nothing left pending', async () => {
    const returns = await Promise.all(Array.from({ length: 6 }, (_, i) => submittedReturn(db, { email: `many${i}@example.com` })))
    for (const r of returns) await moveReturn(db, r.returnId, 'label_issued')
    const results = await Promise.all(Array.from({ length: 4 }, () => relayEvents(db, { now: now(), publicUrl, batchSize: 3 })))
    expect(results.reduce((sum, r) => sum + r.relayed, 0)).toBeGreaterThanOrEqual(18)
    for (const [i, r] of returns.entries()) {
      expect((await emailsTo(db, `many${i}@example.com`, r.shop.id)).map((e) => e.template)).toEqual(['return.request_received', 'return.approved_label'])
      expect(await pendingFor(r.returnId)).toBe(0)
    }
  })

  test('an event whose transaction commits after a later one is still relayed (no high-water mark to skip it)', async () => {
    const { returnId, shop } = await submittedReturn(db, { email: 'late@example.com' })
    const other = await submittedReturn(db, { email: 'early@example.com' })
    await relayEvents(db, { now: now(), publicUrl })

    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let lowId = 0n
    // Transaction A takes the lower event id and stays open…
    const slow = db.$transaction(async (tx) => {
      await tx.returnRequest.update({ where: { id: returnId }, data: { status: 'label_issued' } })
      lowId = (await tx.returnEvent.create({ data: { returnId, type: 'status_changed', fromStatus: 'approved', toStatus: 'label_issued', actorType: 'system' } })).id
      await gate
    }, { timeout: 15_000 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    // …while B takes a higher id and commits first; the relay runs in between.
    await moveReturn(db, other.returnId, 'label_issued')
    await relayEvents(db, { now: now(), publicUrl })
    expect((await emailsTo(db, 'early@example.com', other.shop.id)).map((e) => e.template)).toContain('return.approved_label')
    release()
    await slow
    const highId = (await db.returnEvent.findFirstOrThrow({ where: { returnId: other.returnId }, orderBy: { id: 'desc' } })).id
    expect(lowId < highId).toBe(true)
    await relayEvents(db, { now: now(), publicUrl })
    expect((await emailsTo(db, 'late@example.com', shop.id)).map((e) => e.template)).toEqual(['return.request_received', 'return.approved_label'])
  })

  test('webhook deliveries go to the enabled endpoints subscribed to the event, one envelope id per event', async () => {
    const { returnId, shop, rma } = await submittedReturn(db)
    const all = await db.webhookEndpoint.create({ data: { shopId: shop.id, url: 'https://a.example/hook', secret: 'whsec_a', eventTypes: ['return.created', 'return.approved', 'return.label_created'] } })
    const some = await db.webhookEndpoint.create({ data: { shopId: shop.id, url: 'https://b.example/hook', secret: 'whsec_b', eventTypes: ['return.created'] } })
    await db.webhookEndpoint.create({ data: { shopId: shop.id, url: 'https://c.example/hook', secret: 'whsec_c', eventTypes: ['return.created'], enabled: false } })
    await relayEvents(db, { now: now(), publicUrl })
    await relayEvents(db, { now: now(), publicUrl })

    const deliveries = await db.webhookDelivery.findMany({ where: { shopId: shop.id }, orderBy: [{ type: 'asc' }, { endpointId: 'asc' }] })
    expect(deliveries.map((d) => [d.type, d.endpointId === all.id ? 'a' : d.endpointId === some.id ? 'b' : 'c']).sort()).toEqual([
      ['return.approved', 'a'], ['return.created', 'a'], ['return.created', 'b'],
    ])
    const created = deliveries.filter((d) => d.type === 'return.created')
    expect(created[0]!.eventId).toBe(created[1]!.eventId)
    const body = JSON.parse(created[0]!.body)
    expect(Object.keys(body)).toEqual(['id', 'type', 'created', 'shop', 'data'])
    expect(body).toMatchObject({ id: created[0]!.eventId, type: 'return.created', shop: { id: shop.id, slug: shop.slug }, data: { rma, status: 'requested', refund: { amount: 8900, currency: 'EUR' } } })
    expect(body.data.items).toEqual([{ sku: 'SKU-1', title: 'Merino Sweater', variant: 'M', quantity: 1, reason: 'doesnt_fit' }])
    const jobs = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'webhooks:deliver' AND j.payload->>'deliveryId' = ANY(${deliveries.map((d) => d.id)}::text[])`
    expect(Number(jobs[0]!.n)).toBe(3)
    expect(await pendingFor(returnId)).toBe(0)
  })
})
