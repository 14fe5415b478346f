import type { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import { parseRma } from '@/server/domain/rma'
import { assertTransition, type ReturnStatus } from '@/server/domain/return-lifecycle'

type Tx = Prisma.TransactionClient

export const returnNotFound = () => new AppError('RETURN_NOT_FOUND', { userMessage: 'There is no return with that RMA in your shops.' })

/** The RMA as staff type it (any case, with or without dashes). */
export const rmaKey = (rma: string) => parseRma(rma) ?? rma.trim().toUpperCase()

/**
 * Locks a return for a staff action and checks the staff user belongs to its shop. A return of
 * another shop is "not found", exactly like one that does not exist.
 */
export async function lockStaffReturn(tx: Tx, staff: StaffIdentity, rma: string, role?: 'admin') {
  const found = await tx.returnRequest.findUnique({ where: { rma: rmaKey(rma) }, select: { id: true, shopId: true } })
  const membership = found ? staff.memberships.find((m) => m.shopId === found.shopId) : undefined
  if (!found || !membership) throw returnNotFound()
  if (role && membership.role !== role) throw new AppError('FORBIDDEN', { userMessage: 'Only shop administrators can do this.' })
  await tx.$queryRaw`SELECT id FROM return_requests WHERE id = ${found.id} FOR UPDATE`
  return tx.returnRequest.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true, rma: true, shopId: true, status: true, resolution: true, keepItem: true, currency: true, decision: true,
      itemsAmount: true, feesAmount: true, shippingRefundAmount: true, refundAmount: true, orderId: true,
      order: { select: { id: true, number: true, email: true, customerId: true, shop: { select: { name: true } } } },
      items: { select: { id: true, orderLineId: true, quantity: true, receivedQuantity: true, refundAmount: true, grade: true, orderLine: { select: { title: true, quantity: true } } } },
      labels: { where: { voidedAt: null }, select: { id: true, trackingNumber: true } },
    },
  })
}

export type LockedReturn = Awaited<ReturnType<typeof lockStaffReturn>>

/**
 * Moves a return one step, guarded by the lifecycle and by the status it was read in, and writes
 * the timeline event — always inside the caller's transaction.
 */
export async function moveReturn(
  tx: Tx,
  input: { returnId: string; from: ReturnStatus; to: ReturnStatus; staffId: string; now: Date; note?: string | null; data?: Prisma.InputJsonObject; set?: Prisma.ReturnRequestUpdateInput },
): Promise<void> {
  assertTransition(input.from, input.to)
  const updated = await tx.returnRequest.updateMany({ where: { id: input.returnId, status: input.from }, data: { ...(input.set as Prisma.ReturnRequestUpdateManyMutationInput), status: input.to } })
  if (updated.count !== 1) throw new AppError('CONFLICT', { userMessage: 'Someone else changed this return just now. Reload it and try again.' })
  await tx.returnEvent.create({
    data: {
      returnId: input.returnId, type: 'status_changed', fromStatus: input.from, toStatus: input.to, actorType: 'staff', actorId: input.staffId,
      note: input.note ?? null, data: input.data, createdAt: input.now,
    },
  })
}

/** A timeline entry that is not a status change (an override, a label voided, a note of record). */
export async function recordEvent(tx: Tx, input: { returnId: string; type: string; staffId: string; now: Date; note: string; data?: Prisma.InputJsonObject }): Promise<void> {
  await tx.returnEvent.create({ data: { returnId: input.returnId, type: input.type, actorType: 'staff', actorId: input.staffId, note: input.note, data: input.data, createdAt: input.now } })
}

/** Voids the return's current label (it stops being accepted by the carrier webhook). */
export async function voidLabels(tx: Tx, returnRequest: LockedReturn, now: Date): Promise<string[]> {
  if (returnRequest.labels.length === 0) return []
  await tx.label.updateMany({ where: { returnId: returnRequest.id, voidedAt: null }, data: { voidedAt: now } })
  return returnRequest.labels.map((l) => l.trackingNumber)
}
