import type { Db } from '@/server/database/prisma-client'
import { AppError } from '@/server/app-error'
import { assertTransition } from '@/server/domain/return-lifecycle'
import type { RefundActor } from '@/server/services/refunds/create-refund-intent'

const NEXT: Record<string, readonly string[]> = {
  requested: ['sent_to_supplier', 'shipped', 'cancelled'],
  sent_to_supplier: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
}

export interface AdvanceReplacementInput {
  replacementId: string
  to: 'sent_to_supplier' | 'shipped' | 'delivered' | 'cancelled'
  trackingNumber?: string
  carrier?: string
  actor: RefundActor
  now: Date
}

/** Moves a replacement along; when it ships, its return is closed as `replacement_sent`. */
export async function advanceReplacement(db: Db, input: AdvanceReplacementInput) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM replacement_orders WHERE id = ${input.replacementId} FOR UPDATE`
    const replacement = await tx.replacementOrder.findUnique({ where: { id: input.replacementId }, include: { returnRequest: { select: { id: true, status: true } } } })
    if (!replacement) throw new AppError('INVALID_INPUT', { userMessage: 'No such replacement.' })
    if (!NEXT[replacement.status]?.includes(input.to)) {
      throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `A replacement that is ${replacement.status.replaceAll('_', ' ')} cannot become ${input.to.replaceAll('_', ' ')}.` })
    }
    if (input.to === 'shipped' && !input.trackingNumber?.trim()) throw new AppError('INVALID_INPUT', { userMessage: 'Add the tracking number of the shipped replacement.' })
    const updated = await tx.replacementOrder.update({
      where: { id: replacement.id },
      data: { status: input.to, ...(input.trackingNumber ? { trackingNumber: input.trackingNumber.trim(), carrier: input.carrier?.trim() || null } : {}) },
    })
    const request = replacement.returnRequest
    if (input.to === 'shipped' && request && (request.status === 'approved' || request.status === 'inspected')) {
      assertTransition(request.status, 'replacement_sent')
      await tx.returnRequest.update({ where: { id: request.id }, data: { status: 'replacement_sent', closedAt: input.now } })
      await tx.returnEvent.create({
        data: {
          returnId: request.id, type: 'status_changed', fromStatus: request.status, toStatus: 'replacement_sent', actorType: input.actor.type, actorId: input.actor.id ?? null,
          note: `Replacement shipped (${input.trackingNumber!.trim()}).`, data: { replacementId: replacement.id, trackingNumber: input.trackingNumber!.trim() }, createdAt: input.now,
        },
      })
    }
    return updated
  })
}
