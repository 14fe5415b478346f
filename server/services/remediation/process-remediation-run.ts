import { isAppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { formatMoney } from '@/server/domain/money'
import { remediationEmail } from '@/server/domain/remediation/remediation-email'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { createRefundIntent } from '@/server/services/refunds/create-refund-intent'
import { createReplacementOrder } from '@/server/services/resolutions/create-replacement'

const BATCH_SIZE = 25

/**
 * The `remediation:run` job: works through the run's pending lines in batches, each line in its
 * own transaction, until none is left, then marks the run completed. A crash or retry picks up
 * where it stopped: a line is only ever handled while it is pending, under a row lock.
 */
export async function processRemediationRun(db: Db, input: { runId: string; now: () => Date; batchSize?: number }): Promise<{ done: number; failed: number }> {
  let done = 0
  let failed = 0
  for (;;) {
    const batch = await db.remediationItem.findMany({ where: { runId: input.runId, status: 'pending' }, select: { id: true }, orderBy: { createdAt: 'asc' }, take: input.batchSize ?? BATCH_SIZE })
    if (batch.length === 0) break
    for (const { id } of batch) {
      const outcome = await processRemediationItem(db, { itemId: id, runId: input.runId, now: input.now() })
      if (outcome === 'done') done += 1
      if (outcome === 'failed') failed += 1
    }
  }
  await db.remediationRun.updateMany({ where: { id: input.runId, status: 'running' }, data: { status: 'completed', finishedAt: input.now() } })
  return { done, failed }
}

/**
 * One order line: the customer's message and the refund or replacement, together or not at all.
 * An expected refusal (a disputed payment, nothing left to refund) is written on the line and the
 * run goes on; anything else is thrown so the job retries.
 */
export async function processRemediationItem(db: Db, input: { itemId: string; runId: string; now: Date }): Promise<'done' | 'failed' | 'skipped'> {
  try {
    return await db.$transaction(async (tx) => {
      const [item] = await tx.$queryRaw<{ id: string; status: string; runId: string }[]>`
        SELECT id, status::text AS status, run_id AS "runId" FROM remediation_items WHERE id = ${input.itemId} FOR UPDATE`
      if (!item || item.status !== 'pending' || item.runId !== input.runId) return 'skipped' as const
      const full = await tx.remediationItem.findUniqueOrThrow({ where: { id: item.id }, include: { run: true } })
      const line = await tx.orderLine.findUniqueOrThrow({
        where: { id: full.orderLineId },
        select: { id: true, title: true, variant: true, order: { select: { id: true, number: true, email: true, customerName: true, shop: { select: { id: true, name: true, supportEmail: true, locale: true } } } } },
      })
      const actor = { type: 'staff' as const, id: full.run.createdById }
      let refundId: string | null = null
      let replacementId: string | null = null
      if (full.run.action === 'refund') {
        const { refund } = await createRefundIntent(tx, {
          orderId: line.order.id, returnId: null, amount: full.amount, trigger: 'remediation', sourceId: line.id, actor, now: input.now,
        })
        refundId = refund.id
      } else {
        const { replacement } = await createReplacementOrder(tx, {
          orderId: line.order.id, returnId: null, lines: [{ orderLineId: line.id, quantity: full.quantity }], sourceKey: `remediation:${line.id}`, actor, now: input.now,
        })
        replacementId = replacement.id
      }
      const product = line.variant ? `${line.title} (${line.variant})` : line.title
      const amount = full.run.action === 'refund' ? formatMoney({ amount: full.amount, currency: full.currency }, 'en') : null
      const email = remediationEmail({
        shopName: line.order.shop.name, customerName: line.order.customerName, orderNumber: line.order.number, product, quantity: full.quantity,
        resolution: full.run.action, amount, message: full.run.message,
      })
      await enqueueMessage(tx, {
        dedupeKey: `remediation:${line.id}`,
        channel: 'email',
        recipient: line.order.email,
        template: 'remediation_notice',
        shopId: line.order.shop.id,
        locale: line.order.shop.locale,
        subject: email.subject,
        data: {
          ...email, replyTo: line.order.shop.supportEmail, orderNumber: line.order.number, product, quantity: full.quantity, resolution: full.run.action, amount,
          message: full.run.message,
        },
        sendAfter: input.now,
      })
      await tx.remediationItem.update({ where: { id: item.id }, data: { status: 'done', refundId, replacementId, processedAt: input.now, error: null } })
      return 'done' as const
    })
  } catch (error) {
    if (!isAppError(error)) throw error
    const { count } = await db.remediationItem.updateMany({
      where: { id: input.itemId, runId: input.runId, status: 'pending' },
      data: { status: 'failed', error: error.userMessage, processedAt: input.now },
    })
    return count === 1 ? 'failed' : 'skipped'
  }
}
