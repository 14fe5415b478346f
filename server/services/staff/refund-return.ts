import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { formatMoney } from '@/server/domain/money'
import { refundIdempotencyKey } from '@/server/domain/refunds/refund-state'
import { createRefundIntent } from '@/server/services/refunds/create-refund-intent'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { lockStaffReturn, moveReturn } from './staff-return'

/**
 * Settles an inspected return. Without an amount (or with exactly what is due) the return gets
 * what its resolution promised: the inspected refund (trigger `inspection`, one per return), store
 * credit or a replacement. A smaller amount is a partial refund by staff (trigger `staff`, keyed by
 * the idempotency key the console sends, so a double click pays once); more than is due is refused.
 */
export async function refundReturn(db: Db, input: { staff: StaffIdentity; rma: string; amount?: number | null; idempotencyKey: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    const actor = { type: 'staff' as const, id: input.staff.userId }
    const repeated = await tx.refund.findUnique({ where: { idempotencyKey: refundIdempotencyKey('staff', input.idempotencyKey) }, select: { id: true, returnId: true, amount: true } })
    if (repeated) {
      if (repeated.returnId !== r.id) throw new AppError('CONFLICT', { userMessage: 'That refund request belongs to another return.' })
      return { rma: r.rma, kind: 'refund' as const, amount: repeated.amount }
    }
    if (r.status !== 'inspected') {
      throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `Only an inspected return can be refunded; this one is ${r.status.replaceAll('_', ' ')}.` })
    }
    const reserved = await tx.refund.aggregate({ where: { returnId: r.id, status: { in: ['pending', 'processing', 'succeeded'] } }, _sum: { amount: true } })
    const due = Math.max(0, r.refundAmount - (reserved._sum.amount ?? 0))

    if (input.amount == null || input.amount === due || r.resolution !== 'refund') {
      if (input.amount != null && r.resolution !== 'refund') {
        throw new AppError('INVALID_INPUT', { userMessage: `This return's resolution is ${r.resolution.replaceAll('_', ' ')}: change it by override before refunding money.` })
      }
      const outcome = await resolveReturn(tx, { returnId: r.id, trigger: 'inspection', actor, now: input.now })
      return { rma: r.rma, kind: outcome.kind, amount: 'amount' in outcome ? outcome.amount : 0 }
    }
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > due) {
      throw new AppError('INVALID_INPUT', {
        userMessage: `A partial refund must be more than nothing and at most ${formatMoney({ amount: due, currency: r.currency }, 'en')}, what is still due.`,
      })
    }
    await moveReturn(tx, {
      returnId: r.id, from: 'inspected', to: 'refund_pending', staffId: input.staff.userId, now: input.now,
      note: `Partial refund: ${formatMoney({ amount: input.amount, currency: r.currency }, 'en')} of ${formatMoney({ amount: due, currency: r.currency }, 'en')} due.`,
      data: { due, amount: input.amount },
      // The return now owes what is actually refunded.
      set: { refundAmount: (reserved._sum.amount ?? 0) + input.amount },
    })
    await createRefundIntent(tx, { orderId: r.orderId, returnId: r.id, amount: input.amount, trigger: 'staff', sourceId: input.idempotencyKey, actor, now: input.now })
    return { rma: r.rma, kind: 'refund' as const, amount: input.amount }
  }, { timeout: 30_000 })
}
