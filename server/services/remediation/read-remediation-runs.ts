import { AppError } from '@/server/app-error'
import type { DbClient } from '@/server/database/prisma-client'
import { runProgress } from '@/server/domain/remediation/remediation-line'

export type RunView = {
  id: string
  sku: string
  action: 'refund' | 'replacement'
  status: 'running' | 'completed'
  orderedFrom: Date
  orderedTo: Date
  createdAt: Date
  finishedAt: Date | null
  counts: { pending: number; done: number; failed: number }
  progress: ReturnType<typeof runProgress>
}

async function runsWhere(db: DbClient, shopId: string, runId: string | null, limit: number): Promise<RunView[]> {
  const runs = await db.remediationRun.findMany({
    where: { shopId, ...(runId ? { id: runId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, sku: true, action: true, status: true, orderedFrom: true, orderedTo: true, createdAt: true, finishedAt: true },
  })
  const counts = await db.remediationItem.groupBy({ by: ['runId', 'status'], where: { runId: { in: runs.map((r) => r.id) } }, _count: { _all: true } })
  return runs.map((run) => {
    const of = (status: 'pending' | 'done' | 'failed') => counts.find((c) => c.runId === run.id && c.status === status)?._count._all ?? 0
    const tally = { pending: of('pending'), done: of('done'), failed: of('failed') }
    return { ...run, counts: tally, progress: runProgress(tally) }
  })
}

export function listRemediationRuns(db: DbClient, input: { shopId: string }): Promise<RunView[]> {
  return runsWhere(db, input.shopId, null, 20)
}

/** One run with its lines, for the progress bar and the per-line results (errors included). */
export async function readRemediationRun(db: DbClient, input: { shopId: string; runId: string }) {
  const [run] = await runsWhere(db, input.shopId, input.runId, 1)
  if (!run) throw new AppError('REMEDIATION_RUN_NOT_FOUND', { userMessage: 'There is no such remediation run in this shop.' })
  const items = await db.remediationItem.findMany({ where: { runId: run.id }, orderBy: { createdAt: 'asc' } })
  const lines = await db.orderLine.findMany({ where: { id: { in: items.map((i) => i.orderLineId) } }, select: { id: true, title: true, order: { select: { number: true, email: true } } } })
  const byId = new Map(lines.map((l) => [l.id, l]))
  return {
    run,
    items: items.map((item) => ({
      id: item.id, orderLineId: item.orderLineId, orderNumber: byId.get(item.orderLineId)?.order.number ?? '', email: byId.get(item.orderLineId)?.order.email ?? '',
      title: byId.get(item.orderLineId)?.title ?? '', quantity: item.quantity, amount: item.amount, currency: item.currency, status: item.status, error: item.error,
      refundId: item.refundId, replacementId: item.replacementId, processedAt: item.processedAt,
    })),
  }
}
