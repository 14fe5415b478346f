import { describe, expect, test } from 'vitest'
import { connectTestDb } from '@/server/testing/test-db'
import { portalReturn, staffWorld, testDeps } from '@/server/testing/staff-fixtures'
import { inspectReturn } from './inspect-return'
import { overrideReturn } from './override-return'
import { receiveReturn } from './receive-return'
import { refundReturn } from './refund-return'
import { reissueLabel } from './reissue-label'
import { addReturnNote } from './return-notes'
import { approveReturn, bulkApprove, cancelReturn, rejectReturn } from './review-actions'

const db = connectTestDb()
const REVIEW_EVERYTHING = { defaultRegion: { id: 'all', returnWindowDays: 30, returnShippingFee: { EUR: 495 } }, review: { valueAbove: { EUR: 1000 } } }

const events = (returnId: string) => db.returnEvent.findMany({ where: { returnId }, orderBy: { id: 'asc' } })
const statusOf = async (id: string) => (await db.returnRequest.findUniqueOrThrow({ where: { id } })).status

describe('approve, reject, cancel', () => {
  test('approving a return in review issues its label in the same step, with the staff user on the timeline', async () => {
    const world = await staffWorld(db, { policy: REVIEW_EVERYTHING })
    const r = await portalReturn(db, world)
    expect(r.status).toBe('needs_review')
    await expect(approveReturn(db, testDeps(), { staff: world.agent, rma: r.rma, now: world.now })).resolves.toEqual({ rma: r.rma, status: 'label_issued' })
    const timeline = await events(r.id)
    expect(timeline.at(-2)).toMatchObject({ fromStatus: 'needs_review', toStatus: 'approved', actorType: 'staff', actorId: world.agent.userId })
    expect(timeline.at(-1)).toMatchObject({ fromStatus: 'approved', toStatus: 'label_issued' })
  })

  test('approving twice, or approving an already approved return, is an illegal transition and changes nothing', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    const before = await events(r.id)
    await expect(approveReturn(db, testDeps(), { staff: world.agent, rma: r.rma, now: world.now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
    expect(await events(r.id)).toHaveLength(before.length)
  })

  test('a return still in review after its window closed needs an override, not a plain approval', async () => {
    const world = await staffWorld(db, { policy: REVIEW_EVERYTHING, deliveredDaysAgo: 25 })
    const r = await portalReturn(db, world)
    const later = new Date(world.now.getTime() + 10 * 86_400_000)
    await expect(approveReturn(db, testDeps(), { staff: world.agent, rma: r.rma, now: later })).rejects.toMatchObject({ code: 'NOT_RETURNABLE' })
    expect(await statusOf(r.id)).toBe('needs_review')
  })

  test('rejecting writes the message to the shopper once, to the outbox', async () => {
    const world = await staffWorld(db, { policy: REVIEW_EVERYTHING })
    const r = await portalReturn(db, world)
    await expect(rejectReturn(db, { staff: world.agent, rma: r.rma, message: 'short', now: world.now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await rejectReturn(db, { staff: world.agent, rma: r.rma, message: 'The sweater was worn and washed.', now: world.now })
    const outbox = await db.outboxMessage.findMany({ where: { dedupeKey: `return-rejected:${r.id}` } })
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ channel: 'email', recipient: 'shopper@example.com', template: 'return_rejected' })
    expect(outbox[0]!.data).toMatchObject({ rma: r.rma, message: 'The sweater was worn and washed.' })
    expect(await db.returnRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: 'rejected', closedAt: world.now })
  })

  test('cancelling voids the label; staff of another shop cannot even find the return', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await expect(cancelReturn(db, { staff: world.outsider, rma: r.rma, now: world.now })).rejects.toMatchObject({ code: 'RETURN_NOT_FOUND' })
    await cancelReturn(db, { staff: world.agent, rma: r.rma, reason: 'Shopper changed their mind by phone.', now: world.now })
    const after = await db.returnRequest.findUniqueOrThrow({ where: { id: r.id }, include: { labels: true } })
    expect(after.status).toBe('cancelled')
    expect(after.labels.every((l) => l.voidedAt !== null)).toBe(true)
  })

  test('bulk approval reports each return on its own, and one failure does not stop the others', async () => {
    const world = await staffWorld(db, { policy: REVIEW_EVERYTHING })
    const first = await portalReturn(db, world)
    const results = await bulkApprove(db, testDeps(), { staff: world.agent, rmas: [first.rma, 'R-0000-0000-0'], now: world.now })
    expect(results).toEqual([
      { rma: first.rma, ok: true, message: 'Approved; label issued.' },
      { rma: 'R-0000-0000-0', ok: false, message: 'There is no return with that RMA in your shops.' },
    ])
  })
})

describe('overrides', () => {
  test('an override without a reason is refused and nothing changes', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await expect(overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: '  ', override: { kind: 'change_fee', fee: 0 }, now: world.now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await db.override.count({ where: { returnId: r.id } })).toBe(0)
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: r.id } })).feesAmount).toBe(495)
  })

  test('waiving the fee is audited with who, why, before and after, and shows on the timeline', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    expect(r).toMatchObject({ feesAmount: 495, refundAmount: 8405 })
    await expect(overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: 'Goodwill', override: { kind: 'change_fee', fee: 496 }, now: world.now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: 'Goodwill: second late delivery this year.', override: { kind: 'change_fee', fee: 0 }, now: world.now })
    const [audit] = await db.override.findMany({ where: { returnId: r.id } })
    expect(audit).toMatchObject({
      actorId: world.agent.userId, kind: 'change_fee', reason: 'Goodwill: second late delivery this year.',
      before: { feesAmount: 495, refundAmount: 8405 }, after: { feesAmount: 0, refundAmount: 8900 },
    })
    expect((await events(r.id)).at(-1)).toMatchObject({ type: 'override', actorType: 'staff', note: 'Override: fee waived. Reason: Goodwill: second late delivery this year.' })
  })

  test('approve out of window moves a late review to approved with a new label, and is recorded', async () => {
    const world = await staffWorld(db, { policy: REVIEW_EVERYTHING, deliveredDaysAgo: 25 })
    const r = await portalReturn(db, world)
    const later = new Date(world.now.getTime() + 10 * 86_400_000)
    await overrideReturn(db, testDeps(), { staff: world.admin, rma: r.rma, reason: 'Shopper was in hospital; photos of the receipt.', override: { kind: 'approve_out_of_window' }, now: later })
    expect(await statusOf(r.id)).toBe('label_issued')
    const [audit] = await db.override.findMany({ where: { returnId: r.id } })
    expect(audit!.before).toMatchObject({ status: 'needs_review' })
    expect(audit!.after).toMatchObject({ status: 'label_issued' })
  })

  test('approve out of window is refused where it makes no sense (an approved return)', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await expect(overrideReturn(db, testDeps(), { staff: world.admin, rma: r.rma, reason: 'Because I say so', override: { kind: 'approve_out_of_window' }, now: world.now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
  })

  test('a change of resolution is audited; keep-it instead of ship then voids the label and issues the credit at once', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: 'Shopper prefers store credit.', override: { kind: 'change_resolution', resolution: 'store_credit' }, now: world.now })
    await overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: 'Shipping to Venlo costs more than the sweater.', override: { kind: 'keep_it' }, now: world.now })
    const after = await db.returnRequest.findUniqueOrThrow({ where: { id: r.id }, include: { labels: true, storeCredit: true } })
    expect(after).toMatchObject({ keepItem: true, status: 'credit_issued', resolution: 'store_credit' })
    expect(after.storeCredit?.amount).toBe(r.refundAmount)
    expect(after.labels.every((l) => l.voidedAt)).toBe(true)
    const audit = (await db.override.findMany({ where: { returnId: r.id }, orderBy: { createdAt: 'asc' } })).map((o) => [o.kind, o.before, o.after])
    expect(audit[0]).toEqual(['change_resolution', { resolution: 'refund' }, { resolution: 'store_credit' }])
    expect(audit[1]).toMatchObject(['keep_it', { keepItem: false, status: 'label_issued' }, { keepItem: true, status: 'credit_issued', resolved: 'store_credit' }])
  })
})

describe('receiving and inspecting', () => {
  test('a short parcel records the received quantity per item, and the refund follows the units that arrived', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world, { lines: 'all' })
    const sweater = r.items.find((i) => i.orderLine.title === 'Sweater')!
    const socks = r.items.find((i) => i.orderLine.title === 'Socks')!
    await expect(receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: sweater.id, receivedQuantity: 1 }], now: world.now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(
      receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: sweater.id, receivedQuantity: 2 }, { itemId: socks.id, receivedQuantity: 3 }], now: world.now }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })

    await receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: sweater.id, receivedQuantity: 1 }, { itemId: socks.id, receivedQuantity: 2 }], now: world.now })
    const received = await db.returnRequest.findUniqueOrThrow({ where: { id: r.id }, include: { items: true } })
    expect(received.status).toBe('received')
    expect(received.items.find((i) => i.id === socks.id)!.receivedQuantity).toBe(2)
    expect((await events(r.id)).at(-1)!.note).toBe('Short: Socks 2 of 3.')

    await expect(
      inspectReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: sweater.id, grade: 'damaged_by_customer', disposition: 'restock', refundAmount: 100 }, { itemId: socks.id, grade: 'as_described', disposition: 'restock' }], now: world.now }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const result = await inspectReturn(db, {
      staff: world.agent, rma: r.rma, now: world.now,
      items: [{ itemId: sweater.id, grade: 'damaged_by_customer', disposition: 'refurbish', refundAmount: 4000 }, { itemId: socks.id, grade: 'as_described', disposition: 'restock' }],
    })
    // Socks: 2 of 3 arrived, as described → floor(due × 2/3).
    const socksDue = socks.refundAmount
    expect(result.refundAmount).toBe(4000 + Math.floor((socksDue * 2) / 3))
    const inspected = await db.returnRequest.findUniqueOrThrow({ where: { id: r.id }, include: { items: true } })
    expect(inspected.status).toBe('inspected')
    expect(inspected.items.find((i) => i.id === sweater.id)).toMatchObject({ grade: 'damaged_by_customer', disposition: 'refurbish', refundAmount: 4000 })
  })

  test('inspecting before receiving is an illegal transition', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await expect(inspectReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: r.items[0]!.id, grade: 'as_described', disposition: 'restock' }], now: world.now })).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
    })
  })

  test('a fee waived by override is paid back at inspection', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: 'Goodwill gesture.', override: { kind: 'change_fee', fee: 0 }, now: world.now })
    await receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: r.items[0]!.id, receivedQuantity: 1 }], now: world.now })
    const result = await inspectReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: r.items[0]!.id, grade: 'as_described', disposition: 'restock' }], now: world.now })
    expect(result.refundAmount).toBe(8900)
  })
})

describe('labels and notes', () => {
  test('reissuing voids the old label and issues a new one; the carrier no longer knows the old number', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    const old = r.labels[0]!.trackingNumber
    const { trackingNumber } = await reissueLabel(db, testDeps(), { staff: world.agent, rma: r.rma, now: world.now })
    expect(trackingNumber).not.toBe(old)
    const labels = await db.label.findMany({ where: { returnId: r.id } })
    expect(labels.filter((l) => l.voidedAt === null).map((l) => l.trackingNumber)).toEqual([trackingNumber])
    expect(await statusOf(r.id)).toBe('label_issued')
  })

  test('notes are kept with their author; an empty note is refused', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await expect(addReturnNote(db, { staff: world.agent, rma: r.rma, body: '   ', now: world.now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await addReturnNote(db, { staff: world.agent, rma: r.rma, body: 'Called the shopper.', now: world.now })
    expect(await db.returnNote.findMany({ where: { returnId: r.id } })).toMatchObject([{ authorId: world.agent.userId, body: 'Called the shopper.' }])
  })
})

describe('refunds after inspection', () => {
  async function inspected(world: Awaited<ReturnType<typeof staffWorld>>) {
    const r = await portalReturn(db, world)
    await receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: r.items[0]!.id, receivedQuantity: 1 }], now: world.now })
    await inspectReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: r.items[0]!.id, grade: 'as_described', disposition: 'restock' }], now: world.now })
    return r
  }

  test('a full refund goes through the inspection trigger once, however often it is clicked', async () => {
    const world = await staffWorld(db)
    const r = await inspected(world)
    await expect(refundReturn(db, { staff: world.agent, rma: r.rma, idempotencyKey: crypto.randomUUID(), now: world.now })).resolves.toMatchObject({ kind: 'refund', amount: 8405 })
    await expect(refundReturn(db, { staff: world.agent, rma: r.rma, idempotencyKey: crypto.randomUUID(), now: world.now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
    const refunds = await db.refund.findMany({ where: { returnId: r.id } })
    expect(refunds).toMatchObject([{ amount: 8405, trigger: 'inspection', idempotencyKey: `inspection:${r.id}`, actorType: 'staff', actorId: world.agent.userId }])
    expect(await statusOf(r.id)).toBe('refund_pending')
  })

  test('a partial refund is capped at what is due, keyed by the console request, and a repeat pays once', async () => {
    const world = await staffWorld(db)
    const r = await inspected(world)
    const key = crypto.randomUUID()
    await expect(refundReturn(db, { staff: world.agent, rma: r.rma, amount: 8406, idempotencyKey: key, now: world.now })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await statusOf(r.id)).toBe('inspected')
    await refundReturn(db, { staff: world.agent, rma: r.rma, amount: 5000, idempotencyKey: key, now: world.now })
    await refundReturn(db, { staff: world.agent, rma: r.rma, amount: 5000, idempotencyKey: key, now: world.now })
    expect(await db.refund.findMany({ where: { returnId: r.id } })).toMatchObject([{ amount: 5000, trigger: 'staff', idempotencyKey: `staff:${key}` }])
    expect(await db.returnRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: 'refund_pending', refundAmount: 5000 })
  })

  test('a short parcel is refunded for what arrived, not reduced twice', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world, { lines: 'all' })
    const socks = r.items.find((i) => i.orderLine.title === 'Socks')!
    const sweater = r.items.find((i) => i.orderLine.title === 'Sweater')!
    await receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: sweater.id, receivedQuantity: 1 }, { itemId: socks.id, receivedQuantity: 1 }], now: world.now })
    const { refundAmount } = await inspectReturn(db, {
      staff: world.agent, rma: r.rma, now: world.now,
      items: [{ itemId: sweater.id, grade: 'as_described', disposition: 'restock' }, { itemId: socks.id, grade: 'as_described', disposition: 'restock' }],
    })
    expect(refundAmount).toBe(sweater.refundAmount + Math.floor(socks.refundAmount / 3))
    await refundReturn(db, { staff: world.agent, rma: r.rma, idempotencyKey: crypto.randomUUID(), now: world.now })
    expect((await db.refund.findFirstOrThrow({ where: { returnId: r.id } })).amount).toBe(refundAmount)
  })

  test('keep-it by override pays out at once', async () => {
    const world = await staffWorld(db)
    const r = await portalReturn(db, world)
    await overrideReturn(db, testDeps(), { staff: world.agent, rma: r.rma, reason: 'Not worth the postage.', override: { kind: 'keep_it' }, now: world.now })
    expect(await statusOf(r.id)).toBe('refund_pending')
    expect(await db.refund.findMany({ where: { returnId: r.id } })).toMatchObject([{ trigger: 'keep_it', amount: r.refundAmount }])
  })
})
