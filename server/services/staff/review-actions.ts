import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { isOutOfWindow, windowEndsOn } from '@/server/domain/staff/overrides'
import type { AppDependencies } from '@/server/dependencies'
import { issueLabelInTransaction } from '@/server/services/labels/issue-label'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { lockStaffReturn, moveReturn, voidLabels } from './staff-return'

const TX = { timeout: 30_000 }

/**
 * Approves a return the engine sent to review, and issues its label in the same transaction. Once
 * the return window has passed, plain approval is refused: that is an override, with a reason.
 */
export async function approveReturn(db: Db, deps: AppDependencies, input: { staff: StaffIdentity; rma: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    if (r.status !== 'needs_review' && r.status !== 'requested') {
      throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `Only a return waiting for review can be approved; this one is ${r.status.replaceAll('_', ' ')}.` })
    }
    if (isOutOfWindow(r.decision, input.now)) {
      throw new AppError('NOT_RETURNABLE', {
        userMessage: `The return window closed on ${windowEndsOn(r.decision)}. To approve it anyway, use the override "Approve out of window" and give a reason.`,
      })
    }
    await moveReturn(tx, { returnId: r.id, from: r.status, to: 'approved', staffId: input.staff.userId, now: input.now, note: 'Approved after review.', set: { approvedAt: input.now } })
    const label = await issueLabelInTransaction(tx, deps, { returnId: r.id, now: input.now })
    return { rma: r.rma, status: label.status === 'issued' ? ('label_issued' as const) : ('approved' as const) }
  }, TX)
}

/** Rejects a return waiting for review; the shopper is told why, by email, exactly once. */
export async function rejectReturn(db: Db, input: { staff: StaffIdentity; rma: string; message: string; now: Date }) {
  const message = input.message.trim()
  if (message.length < 10) throw new AppError('INVALID_INPUT', { userMessage: 'Write the shopper a message (at least 10 characters) saying why the return is rejected.' })
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    await moveReturn(tx, { returnId: r.id, from: r.status, to: 'rejected', staffId: input.staff.userId, now: input.now, note: message, data: { messageToShopper: message }, set: { closedAt: input.now } })
    await enqueueMessage(tx, {
      dedupeKey: `return-rejected:${r.id}`, channel: 'email', recipient: r.order.email, template: 'return_rejected',
      data: { rma: r.rma, orderNumber: r.order.number, shopName: r.order.shop.name, message }, sendAfter: input.now,
    })
    return { rma: r.rma, status: 'rejected' as const }
  }, TX)
}

/** Cancels a return that has not shipped; its label stops being valid. */
export async function cancelReturn(db: Db, input: { staff: StaffIdentity; rma: string; reason?: string | null; now: Date }) {
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    const voided = await voidLabels(tx, r, input.now)
    await moveReturn(tx, {
      returnId: r.id, from: r.status, to: 'cancelled', staffId: input.staff.userId, now: input.now,
      note: input.reason?.trim() || 'Cancelled by staff.', data: { voidedLabels: voided }, set: { closedAt: input.now },
    })
    return { rma: r.rma, status: 'cancelled' as const }
  }, TX)
}

/** Approves several returns, each in its own transaction, and says what happened to each. */
export async function bulkApprove(db: Db, deps: AppDependencies, input: { staff: StaffIdentity; rmas: readonly string[]; now: Date }) {
  const results: { rma: string; ok: boolean; message: string }[] = []
  for (const rma of new Set(input.rmas)) {
    try {
      const done = await approveReturn(db, deps, { staff: input.staff, rma, now: input.now })
      results.push({ rma: done.rma, ok: true, message: done.status === 'label_issued' ? 'Approved; label issued.' : 'Approved.' })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      results.push({ rma, ok: false, message: error.userMessage })
    }
  }
  return results
}
