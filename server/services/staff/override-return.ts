import type { Prisma, Resolution } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { assertOverrideAllowed, assertReason, changeFee, type OverrideKind, originalFee, windowEndsOn } from '@/server/domain/staff/overrides'
import type { AppDependencies } from '@/server/dependencies'
import { issueLabelInTransaction } from '@/server/services/labels/issue-label'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { RELEASED_RETURN_STATUSES } from '@/server/services/returns/load-engine-input'
import { type LockedReturn, lockStaffReturn, moveReturn, recordEvent, voidLabels } from './staff-return'

type Tx = Prisma.TransactionClient

export type OverrideInput =
  | { kind: 'approve_out_of_window' }
  | { kind: 'change_fee'; fee: number }
  | { kind: 'change_resolution'; resolution: Resolution }
  | { kind: 'keep_it' }

type Change = { before: Prisma.InputJsonObject; after: Prisma.InputJsonObject; summary: string }

/**
 * Sets the policy engine's decision aside for one return. The reason is mandatory; who, what, why
 * and the values before and after go to the `overrides` audit table and to the timeline, in the
 * same transaction as the change itself.
 */
export async function overrideReturn(db: Db, deps: AppDependencies, input: { staff: StaffIdentity; rma: string; reason: string; override: OverrideInput; now: Date }) {
  const reason = assertReason(input.reason)
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    assertOverrideAllowed(input.override.kind, r.status)
    const change = await apply(tx, deps, r, input.override, { staffId: input.staff.userId, now: input.now, reason })
    const override = await tx.override.create({
      data: { shopId: r.shopId, returnId: r.id, actorId: input.staff.userId, kind: input.override.kind, reason, before: change.before, after: change.after, createdAt: input.now },
      select: { id: true },
    })
    await recordEvent(tx, {
      returnId: r.id, type: 'override', staffId: input.staff.userId, now: input.now, note: `Override: ${change.summary} Reason: ${reason}`,
      data: { overrideId: override.id, kind: input.override.kind, before: change.before, after: change.after },
    })
    return { rma: r.rma, overrideId: override.id }
  }, { timeout: 30_000 })
}

async function apply(tx: Tx, deps: AppDependencies, r: LockedReturn, override: OverrideInput, ctx: { staffId: string; now: Date; reason: string }): Promise<Change> {
  switch (override.kind) {
    case 'approve_out_of_window':
      return approveOutOfWindow(tx, deps, r, ctx)
    case 'change_fee': {
      const next = changeFee({ originalFee: originalFee(r.decision, r.feesAmount), currentFee: r.feesAmount, refundAmount: r.refundAmount, newFee: override.fee })
      await tx.returnRequest.update({ where: { id: r.id }, data: next })
      return {
        before: { feesAmount: r.feesAmount, refundAmount: r.refundAmount },
        after: next,
        summary: next.feesAmount === 0 ? 'fee waived.' : `fee changed from ${r.feesAmount} to ${next.feesAmount}.`,
      }
    }
    case 'change_resolution': {
      if (override.resolution === r.resolution) throw new AppError('INVALID_INPUT', { userMessage: `The resolution is already ${r.resolution.replaceAll('_', ' ')}.` })
      await tx.returnRequest.update({ where: { id: r.id }, data: { resolution: override.resolution } })
      return { before: { resolution: r.resolution }, after: { resolution: override.resolution }, summary: `resolution changed from ${r.resolution.replaceAll('_', ' ')} to ${override.resolution.replaceAll('_', ' ')}.` }
    }
    case 'keep_it':
      return keepIt(tx, r, ctx)
  }
}

/** Approves a return whose window has closed (still in review, or expired with its label unused). */
async function approveOutOfWindow(tx: Tx, deps: AppDependencies, r: LockedReturn, ctx: { staffId: string; now: Date }): Promise<Change> {
  if (r.status === 'expired') await assertUnitsStillFree(tx, r)
  // The expired label is dead; a fresh one (new expiry) is issued below.
  await voidLabels(tx, r, ctx.now)
  await moveReturn(tx, { returnId: r.id, from: r.status, to: 'approved', staffId: ctx.staffId, now: ctx.now, note: 'Approved out of window by staff override.', set: { approvedAt: ctx.now, closedAt: null } })
  const label = await issueLabelInTransaction(tx, deps, { returnId: r.id, now: ctx.now })
  return {
    before: { status: r.status, windowEndsOn: windowEndsOn(r.decision) },
    after: { status: label.status === 'issued' ? 'label_issued' : 'approved', ...(label.status === 'issued' ? { trackingNumber: label.trackingNumber } : {}) },
    summary: `approved out of window (closed ${windowEndsOn(r.decision) ?? 'unknown'}).`,
  }
}

/** Keep-it instead of ship: no parcel, so any label is voided; the refund follows without a return. */
async function keepIt(tx: Tx, r: LockedReturn, ctx: { staffId: string; now: Date }): Promise<Change> {
  if (r.keepItem) throw new AppError('INVALID_INPUT', { userMessage: 'This return is already keep-it.' })
  const voided = await voidLabels(tx, r, ctx.now)
  if (r.status !== 'approved') {
    await moveReturn(tx, {
      returnId: r.id, from: r.status, to: 'approved', staffId: ctx.staffId, now: ctx.now,
      note: voided.length > 0 ? `Label ${voided.join(', ')} voided: the shopper keeps the items.` : 'Approved as keep-it.',
      set: { approvedAt: ctx.now },
    })
  }
  await tx.returnRequest.update({ where: { id: r.id }, data: { keepItem: true } })
  // Nothing ships back, so the shopper gets what the resolution promised now, as for any keep-it.
  const outcome = await resolveReturn(tx, { returnId: r.id, trigger: 'keep_it', actor: { type: 'staff', id: ctx.staffId }, now: ctx.now })
  const { status } = await tx.returnRequest.findUniqueOrThrow({ where: { id: r.id }, select: { status: true } })
  return { before: { keepItem: false, status: r.status, labels: voided }, after: { keepItem: true, status, resolved: outcome.kind }, summary: 'keep-it instead of shipping the items back.' }
}

/** An expired return's units may have been claimed by a newer return meanwhile; then it cannot come back. */
async function assertUnitsStillFree(tx: Tx, r: LockedReturn): Promise<void> {
  for (const item of r.items) {
    const claimed = await tx.returnItem.aggregate({
      _sum: { quantity: true },
      where: { orderLineId: item.orderLineId, returnId: { not: r.id }, returnRequest: { status: { notIn: [...RELEASED_RETURN_STATUSES] } } },
    })
    if ((claimed._sum.quantity ?? 0) + item.quantity > item.orderLine.quantity) {
      throw new AppError('CONFLICT', { userMessage: `${item.orderLine.title} is already in another open return, so this one cannot be approved again.` })
    }
  }
}


export type { OverrideKind }
