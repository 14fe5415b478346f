import { describe, expect, test } from 'vitest'
import { badBatchShop, BATCH_RANGE } from '@/server/testing/remediation-fixture'
import { connectTestDb } from '@/server/testing/test-db'
import { findAffectedLines } from './affected-lines'
import { processRemediationRun } from './process-remediation-run'
import { readRemediationRun } from './read-remediation-runs'
import { type RemediationAction, startRemediationRun } from './start-remediation-run'

const db = connectTestDb()
const now = new Date('2026-11-27T12:00:00Z')
const clock = () => now

async function startAndRun(shopId: string, action: RemediationAction = 'refund', range = BATCH_RANGE) {
  const { runId, lines } = await startRemediationRun(db, { shopId, sku: 'BOARD', range, action, message: 'Sorry about the board.', actorId: 'staff-1', now })
  const outcome = await processRemediationRun(db, { runId, now: clock, batchSize: 2 })
  return { runId, lines, outcome }
}

async function resolutions(orderIds: string[]) {
  const [refunds, replacements, messages] = await Promise.all([
    db.refund.findMany({ where: { orderId: { in: orderIds }, trigger: 'remediation' }, orderBy: { amount: 'asc' } }),
    db.replacementOrder.findMany({ where: { orderId: { in: orderIds } }, include: { lines: true } }),
    db.outboxMessage.findMany({ where: { template: 'remediation_notice', recipient: { endsWith: '@example.com' }, dedupeKey: { startsWith: 'remediation:' } } }),
  ])
  return { refunds, replacements, messages }
}

describe('bad-batch remediation: the run', () => {
  test('one refund and one message per affected line; running it again creates none', async () => {
    const { shop, orders } = await badBatchShop(db)
    const orderIds = orders.map((o) => o.id)
    const first = await startAndRun(shop.id)
    expect(first).toMatchObject({ lines: 3, outcome: { done: 3, failed: 0 } })
    const { run } = await readRemediationRun(db, { shopId: shop.id, runId: first.runId })
    expect(run).toMatchObject({ status: 'completed', finishedAt: now, progress: { total: 3, handled: 3, percent: 100 } })

    const after = await resolutions(orderIds)
    expect(after.refunds.map((r) => [r.amount, r.status, r.trigger])).toEqual([[3900, 'pending', 'remediation'], [3900, 'pending', 'remediation'], [7020, 'pending', 'remediation']])
    const boardLines = orders.flatMap((o) => o.lines).filter((l) => l.title === 'Board').map((l) => l.id)
    const mine = after.messages.filter((m) => boardLines.some((id) => m.dedupeKey === `remediation:${id}`))
    expect(mine.map((m) => m.recipient).sort()).toEqual(['b-1@example.com', 'b-2@example.com', 'b-4@example.com'])
    expect(mine[0]!.data).toMatchObject({ resolution: 'refund', message: 'Sorry about the board.', text: expect.stringContaining('You do not need to send anything back.') })
    expect(mine[0]!.subject).toMatch(/: about your order B-\d/)

    const again = await startAndRun(shop.id)
    expect(again).toMatchObject({ lines: 0, outcome: { done: 0, failed: 0 } })
    const later = await resolutions(orderIds)
    expect(later.refunds).toHaveLength(3)
    expect(later.messages.length).toBe(after.messages.length)
    expect((await findAffectedLines(db, { shopId: shop.id, sku: 'BOARD', range: BATCH_RANGE })).map((l) => l.remediation?.status ?? null)).toEqual(['done', 'done', null, 'done'])
  })

  test('two workers on the same run, and a second run over an overlapping range, still resolve each line once', async () => {
    const { shop, orders } = await badBatchShop(db)
    const { runId } = await startRemediationRun(db, { shopId: shop.id, sku: 'BOARD', range: BATCH_RANGE, action: 'refund', message: 'Sorry.', actorId: 'staff-1', now })
    const wide = { from: new Date('2026-09-01T00:00:00Z'), to: BATCH_RANGE.to }
    const [a, b, c] = await Promise.all([
      processRemediationRun(db, { runId, now: clock, batchSize: 1 }),
      processRemediationRun(db, { runId, now: clock, batchSize: 1 }),
      startAndRun(shop.id, 'refund', wide),
    ])
    expect(a.done + b.done + c.outcome.done).toBe(4)
    const refunds = await db.refund.findMany({ where: { orderId: { in: orders.map((o) => o.id) }, trigger: 'remediation' } })
    expect(refunds).toHaveLength(4)
    expect(new Set(refunds.map((r) => r.idempotencyKey)).size).toBe(4)
  })

  test('a disputed payment fails its line with the reason, the run goes on, and a later run retries only that line', async () => {
    const { shop, orders } = await badBatchShop(db)
    const disputed = orders.find((o) => o.number === 'B-2')!
    await db.order.update({ where: { id: disputed.id }, data: { disputedAt: now } })
    const first = await startAndRun(shop.id)
    expect(first.outcome).toEqual({ done: 2, failed: 1 })
    const { run, items } = await readRemediationRun(db, { shopId: shop.id, runId: first.runId })
    expect(run.status).toBe('completed')
    expect(items.find((i) => i.orderNumber === 'B-2')).toMatchObject({ status: 'failed', error: expect.stringMatching(/disputed/) })
    // Nothing was written for the failed line: no refund, no message promising one.
    expect(await db.refund.count({ where: { orderId: disputed.id } })).toBe(0)
    expect(await db.outboxMessage.count({ where: { dedupeKey: `remediation:${disputed.lines[0]!.id}` } })).toBe(0)

    await db.order.update({ where: { id: disputed.id }, data: { disputedAt: null } })
    const retry = await startAndRun(shop.id)
    expect(retry).toMatchObject({ lines: 1, outcome: { done: 1, failed: 0 } })
    expect(await db.refund.count({ where: { orderId: { in: orders.map((o) => o.id) }, trigger: 'remediation' } })).toBe(3)
  })

  test('replacements: one replacement order per line, for the units not already returned', async () => {
    const { shop, orders } = await badBatchShop(db)
    const run = await startAndRun(shop.id, 'replacement')
    expect(run.outcome).toEqual({ done: 3, failed: 0 })
    const { replacements, refunds } = await resolutions(orders.map((o) => o.id))
    expect(refunds).toHaveLength(0)
    expect(replacements.map((r) => [r.sourceKey.startsWith('remediation:'), r.lines.map((l) => l.quantity)]).sort()).toEqual([[true, [1]], [true, [1]], [true, [2]]])
    expect((await startAndRun(shop.id, 'replacement')).lines).toBe(0)
    expect((await resolutions(orders.map((o) => o.id))).replacements).toHaveLength(3)
  })
})
