import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { assertDateRange, type DateRange } from '@/server/domain/analytics'
import { normaliseRemediationMessage } from '@/server/domain/remediation/remediation-line'
import { enqueueJob } from '@/server/jobs/enqueue-job'
import { findAffectedLines } from './affected-lines'

export type RemediationAction = 'refund' | 'replacement'

/**
 * Starts one remediation run: claims every affected order line that no run has taken care of (or
 * whose earlier attempt failed) and queues the job that works through them. The claim is the
 * unique index on remediation_items.order_line_id, so two runs over overlapping ranges, started at
 * the same moment, still take each line once; the loser simply gets fewer lines.
 */
export async function startRemediationRun(
  db: Db,
  input: { shopId: string; sku: string; range: DateRange; action: RemediationAction; message: string; actorId: string; now: Date },
): Promise<{ runId: string; lines: number }> {
  assertDateRange(input.range)
  const sku = input.sku.trim()
  if (sku.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Choose the SKU of the bad batch.' })
  const message = normaliseRemediationMessage(input.message)

  return db.$transaction(async (tx) => {
    const affected = (await findAffectedLines(tx, { shopId: input.shopId, sku, range: input.range })).filter(
      (line) => line.quantity > 0 && (line.remediation === null || line.remediation.status === 'failed'),
    )
    const run = await tx.remediationRun.create({
      data: { shopId: input.shopId, sku, orderedFrom: input.range.from, orderedTo: input.range.to, action: input.action, message, createdById: input.actorId, createdAt: input.now },
      select: { id: true },
    })
    let claimed = 0
    for (const line of affected) {
      // A failed line is retried by the newest run; a pending or done one belongs to its run for good.
      claimed += await tx.$executeRaw`
        INSERT INTO remediation_items (id, run_id, order_line_id, order_id, quantity, amount, currency, status, created_at)
        VALUES (gen_random_uuid()::text, ${run.id}, ${line.orderLineId}, ${line.orderId}, ${line.quantity}, ${line.amount}, ${line.currency}, 'pending', ${input.now})
        ON CONFLICT (order_line_id) DO UPDATE
          SET run_id = EXCLUDED.run_id, quantity = EXCLUDED.quantity, amount = EXCLUDED.amount, status = 'pending', error = NULL, processed_at = NULL
          WHERE remediation_items.status = 'failed'`
    }
    if (claimed === 0) {
      await tx.remediationRun.update({ where: { id: run.id }, data: { status: 'completed', finishedAt: input.now } })
    } else {
      await enqueueJob(tx, 'remediation:run', { runId: run.id }, { jobKey: `remediation-run:${run.id}` })
    }
    return { runId: run.id, lines: claimed }
  })
}
