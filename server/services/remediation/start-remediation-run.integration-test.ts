import { describe, expect, test } from 'vitest'
import { badBatchShop, BATCH_RANGE } from '@/server/testing/remediation-fixture'
import { connectTestDb } from '@/server/testing/test-db'
import { findAffectedLines } from './affected-lines'
import { readRemediationRun } from './read-remediation-runs'
import { startRemediationRun } from './start-remediation-run'

const db = connectTestDb()
const now = new Date('2026-11-27T12:00:00Z')
const start = (shopId: string, range = BATCH_RANGE) => startRemediationRun(db, { shopId, sku: 'BOARD', range, action: 'refund', message: 'Sorry about the board.', actorId: 'staff-1', now })

async function queuedRuns(runId: string) {
  return db.$queryRaw<{ payload: { runId: string } }[]>`
    SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'remediation:run' AND j.payload->>'runId' = ${runId}`
}

describe('bad-batch remediation: preview and start', () => {
  test('the preview lists every order line of the SKU ordered in the range, with what it would cost', async () => {
    const { shop } = await badBatchShop(db)
    const lines = await findAffectedLines(db, { shopId: shop.id, sku: 'BOARD', range: BATCH_RANGE })
    expect(lines.map((l) => [l.orderNumber, l.orderedQuantity, l.returnedQuantity, l.quantity, l.amount, l.remediation])).toEqual([
      ['B-1', 1, 0, 1, 3900, null],
      ['B-2', 2, 0, 2, 7800 - 780, null],
      ['B-3', 1, 1, 0, 0, null],
      ['B-4', 1, 0, 1, 3900, null],
    ])
  })

  test('starting claims each line that needs it and queues one job; starting again claims nothing and queues nothing', async () => {
    const { shop } = await badBatchShop(db)
    const first = await start(shop.id)
    expect(first.lines).toBe(3)
    expect(await queuedRuns(first.runId)).toHaveLength(1)
    const { run, items } = await readRemediationRun(db, { shopId: shop.id, runId: first.runId })
    expect(run).toMatchObject({ status: 'running', counts: { pending: 3, done: 0, failed: 0 }, progress: { total: 3, handled: 0, percent: 0 } })
    expect(items.map((i) => [i.orderNumber, i.quantity, i.amount])).toEqual([['B-1', 1, 3900], ['B-2', 2, 7020], ['B-4', 1, 3900]])

    const again = await start(shop.id)
    expect(again.lines).toBe(0)
    expect(await queuedRuns(again.runId)).toHaveLength(0)
    expect((await readRemediationRun(db, { shopId: shop.id, runId: again.runId })).run).toMatchObject({ status: 'completed', progress: { total: 0, percent: 100 } })
    const preview = await findAffectedLines(db, { shopId: shop.id, sku: 'BOARD', range: BATCH_RANGE })
    expect(preview.filter((l) => l.remediation?.runId === first.runId).map((l) => l.orderNumber)).toEqual(['B-1', 'B-2', 'B-4'])
  })

  test('concurrent runs over overlapping ranges still take each line exactly once', async () => {
    const { shop } = await badBatchShop(db)
    const wide = { from: new Date('2026-09-01T00:00:00Z'), to: BATCH_RANGE.to }
    const narrow = { from: new Date('2026-10-05T00:00:00Z'), to: new Date('2026-10-15T00:00:00Z') }
    const results = await Promise.all([start(shop.id, wide), start(shop.id, BATCH_RANGE), start(shop.id, narrow), start(shop.id, wide)])
    // B-1, B-2, B-4 and (only in the wide range) B-5: four lines, however the runs interleaved.
    expect(results.reduce((sum, r) => sum + r.lines, 0)).toBe(4)
    const items = await db.remediationItem.findMany({ where: { runId: { in: results.map((r) => r.runId) } } })
    expect(items).toHaveLength(4)
    expect(new Set(items.map((i) => i.orderLineId)).size).toBe(4)
  })

  test('refuses an empty SKU, an empty message and a reversed range, creating nothing', async () => {
    const { shop } = await badBatchShop(db)
    const base = { shopId: shop.id, sku: 'BOARD', range: BATCH_RANGE, action: 'refund' as const, message: 'Sorry.', actorId: 'staff-1', now }
    await expect(startRemediationRun(db, { ...base, sku: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(startRemediationRun(db, { ...base, message: ' ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(startRemediationRun(db, { ...base, range: { from: BATCH_RANGE.to, to: BATCH_RANGE.from } })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await db.remediationRun.count({ where: { shopId: shop.id } })).toBe(0)
  })

  test("another shop's run is not found", async () => {
    const { shop } = await badBatchShop(db)
    const { shop: other } = await badBatchShop(db)
    const { runId } = await start(shop.id)
    await expect(readRemediationRun(db, { shopId: other.id, runId })).rejects.toMatchObject({ code: 'REMEDIATION_RUN_NOT_FOUND' })
  })
})
