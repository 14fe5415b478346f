import type { Db } from '@/server/database/prisma-client'
import { enqueueJob } from '@/server/jobs/enqueue-job'

/**
 * Re-queues refunds that should have moved by now: a pending one whose worker died mid-call (its job
 * stays locked for hours), or a processing one whose outcome webhook never came. Running them again
 * is always safe (see executeRefund), so this errs on the side of running.
 */
export async function sweepRefunds(db: Db, now: Date, options: { staleAfterMs?: number; limit?: number } = {}): Promise<{ requeued: number }> {
  const before = new Date(now.getTime() - (options.staleAfterMs ?? 120_000))
  const stale = await db.refund.findMany({
    where: { status: { in: ['pending', 'processing'] }, updatedAt: { lt: before } },
    select: { id: true },
    orderBy: { updatedAt: 'asc' },
    take: options.limit ?? 500,
  })
  for (const { id } of stale) {
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, 'refunds:execute', { refundId: id }, { jobKey: `refund:${id}` })
      // Touch the row so the next sweep waits another full period before trying again.
      await tx.$executeRaw`UPDATE refunds SET updated_at = ${now} WHERE id = ${id}`
    })
  }
  return { requeued: stale.length }
}
