import { describe, expect, test } from 'vitest'
import { connectTestDb } from '@/server/testing/test-db'
import { portalReturn, staffWorld } from '@/server/testing/staff-fixtures'
import { createOrder } from '@/server/testing/factories'
import { createReturn } from '@/server/services/returns/create-return'
import { createReturnFixture } from '@/server/testing/returns-fixture'
import { listQueue, type QueueFilters, queueCounts } from './staff-queue'
import { staffReturnDetail } from './staff-return-detail'
import { setCustomerBlocked } from './customer-block'

const db = connectTestDb()

describe('the work queue', () => {
  test('search finds a return by RMA, order number, email or tracking number, and nothing of another shop', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    const tracking = r.labels[0]!.trackingNumber
    const find = (search: string, staff = world.agent, shopId = world.shop.id) => listQueue(db, { staff, shopId, tab: 'in_transit', filters: { search } })
    for (const search of [r.rma, r.rma.toLowerCase().replaceAll('-', ''), world.order.number, 'SHOPPER@example.com', tracking]) {
      expect((await find(search)).rows.map((row) => row.rma)).toEqual([r.rma])
    }
    expect((await find('nobody@example.com')).rows).toEqual([])
    await expect(find(r.rma, world.outsider)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  test('counts per tab follow the filters; pages are keyset pages that never repeat or skip', async () => {
    const world = await staffWorld(db)
    const order = await createOrder(db, world.shop, {
      number: 'MANY', email: 'many@example.com', placedAt: new Date(world.now.getTime() - 8 * 86_400_000), deliveredAt: new Date(world.now.getTime() - 5 * 86_400_000),
      lines: Array.from({ length: 7 }, (_, i) => ({ title: `Mug ${i}`, unitPrice: 1600 + i })),
    })
    // Refunds are 1105..1111 (price less the €4.95 fee). Seven returns at the same instant: the id breaks the tie in the cursor.
    for (const line of order.lines) {
      await createReturn(db, { orderId: order.id, idempotencyKey: crypto.randomUUID(), now: world.now, request: { resolution: 'refund', items: [{ lineId: line.id, quantity: 1, reason: 'doesnt_fit' }] } })
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof listQueue>> = await listQueue(db, { staff: world.agent, shopId: world.shop.id, tab: 'approved', filters: {}, cursor, limit: 3 })
      seen.push(...page.rows.map((row) => row.rma))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(7)
    expect(new Set(seen).size).toBe(7)

    const counts = await queueCounts(db, { staff: world.agent, shopId: world.shop.id, filters: {} })
    expect(counts).toMatchObject({ approved: 7, needs_review: 0, in_transit: 0 })
    expect(await queueCounts(db, { staff: world.agent, shopId: world.shop.id, filters: { minValue: 1108 } })).toMatchObject({ approved: 4 })
    expect(await queueCounts(db, { staff: world.agent, shopId: world.shop.id, filters: { reason: 'damaged' } })).toMatchObject({ approved: 0 })
    expect(await queueCounts(db, { staff: world.agent, shopId: world.shop.id, filters: { country: 'fr' } })).toMatchObject({ approved: 0 })
    expect(await queueCounts(db, { staff: world.agent, shopId: world.shop.id, filters: { country: 'de' } })).toMatchObject({ approved: 7 })
  })
})

describe('the tab counts', () => {
  test('unfiltered (kept by triggers) they equal counting the returns, attention flags and cancellations included', async () => {
    const world = await staffWorld(db)
    const line = world.order.lines[0]!
    const fixture = (status: 'requested' | 'refunded' | 'approved') =>
      createReturnFixture(db, { shopId: world.shop.id, orderId: world.order.id, currency: 'EUR', status, items: [{ orderLineId: line.id, quantity: 1, reason: 'damaged', refundAmount: 100 }] })
    const [, refunded, approved] = [await fixture('requested'), await fixture('refunded'), await fixture('approved')]
    await db.returnRequest.update({ where: { id: refunded.id }, data: { attentionReason: 'dispute', attentionAt: world.now } })
    await db.returnRequest.update({ where: { id: approved.id }, data: { status: 'cancelled' } })
    const counted = (filters: QueueFilters) => queueCounts(db, { staff: world.agent, shopId: world.shop.id, filters })
    // minValue 0 matches every return but takes the path that counts them one by one.
    expect(await counted({})).toEqual(await counted({ minValue: 0 }))
    expect(await counted({})).toMatchObject({ needs_review: 2, approved: 0, closed: 2 })
    await db.returnRequest.delete({ where: { id: refunded.id } })
    expect(await counted({})).toMatchObject({ needs_review: 1, closed: 1 })
  })
})

describe('the return detail', () => {
  test('shows the decision in plain words, the customer history and blocklist, and the timeline', async () => {
    const world = await staffWorld(db)
    const first = await portalReturn(db, world)
    const detail = await staffReturnDetail(db, { staff: world.agent, rma: first.rma, now: world.now })
    expect(detail.decision?.lines[0]?.verdict).toMatch(/^You can return this item until /)
    expect([...detail.decision!.notes, ...detail.decision!.lines.flatMap((l) => l.notes)].join(' ')).toMatch(/A return shipping fee of €4\.95 is deducted/)
    expect(detail.timeline.map((e) => e.toStatus)).toEqual(['requested', 'approved', 'label_issued'])
    expect(detail.customer).toMatchObject({ blocked: false, returns: [], keepIts: 0 })
    expect(detail.items[0]!.grading.find((g) => g.grade === 'as_described')!.bounds.max).toBe(8405)

    await expect(setCustomerBlocked(db, { staff: world.agent, customerId: detail.customer.id, blocked: true })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await setCustomerBlocked(db, { staff: world.admin, customerId: detail.customer.id, blocked: true })
    const again = await staffReturnDetail(db, { staff: world.agent, rma: first.rma, now: world.now })
    expect(again.customer.blocked).toBe(true)
    await expect(staffReturnDetail(db, { staff: world.outsider, rma: first.rma, now: world.now })).rejects.toMatchObject({ code: 'RETURN_NOT_FOUND' })
  })
})
