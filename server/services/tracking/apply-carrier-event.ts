import { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { assertTransition, type ReturnStatus } from '@/server/domain/return-lifecycle'
import { type TrackingEventType, trackingTransitions } from '@/server/domain/tracking-progress'
import { isAppError } from '@/server/app-error'
import { createRefundIntent } from '@/server/services/refunds/create-refund-intent'
import { flagReturn } from '@/server/services/refunds/refund-outcome'

export type CarrierEventInput = { id: string; trackingNumber: string; type: TrackingEventType; occurredAt: Date; payload: Prisma.InputJsonObject }
export type CarrierEventOutcome =
  | { result: 'duplicate' }
  | { result: 'unknown_tracking_number' }
  | { result: 'recorded'; moved: ReturnStatus[] }

/**
 * Records a carrier's tracking event once and moves the return along. Duplicates are recognised by
 * event id; late or out-of-order events are kept as history and change nothing.
 */
export async function applyCarrierEvent(db: Db, event: CarrierEventInput): Promise<CarrierEventOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const stored = await tx.carrierEvent.create({
        data: { eventId: event.id, trackingNumber: event.trackingNumber, type: event.type, occurredAt: event.occurredAt, payload: event.payload },
        select: { id: true },
      })
      const label = await tx.label.findUnique({ where: { trackingNumber: event.trackingNumber }, select: { returnId: true, voidedAt: true } })
      if (!label || label.voidedAt) return { result: 'unknown_tracking_number' as const }

      // Lock the return: two events for one parcel are applied one after the other.
      await tx.$queryRaw`SELECT id FROM return_requests WHERE id = ${label.returnId} FOR UPDATE`
      const request = await tx.returnRequest.findUniqueOrThrow({
        where: { id: label.returnId },
        select: { status: true, resolution: true, refundAmount: true, currency: true, decision: true, order: { select: { id: true, paymentReference: true, disputedAt: true } } },
      })
      const path = trackingTransitions(request.status, event.type)
      let from = request.status
      for (const to of path) {
        assertTransition(from, to)
        await tx.returnRequest.update({
          where: { id: label.returnId, status: from },
          data: { status: to, ...(to === 'received' ? { receivedAt: event.occurredAt } : {}) },
        })
        await tx.returnEvent.create({
          data: {
            returnId: label.returnId, type: 'status_changed', fromStatus: from, toStatus: to, actorType: 'carrier',
            note: `Carrier event ${event.type}.`, data: { eventId: event.id, trackingNumber: event.trackingNumber }, createdAt: event.occurredAt,
          },
        })
        from = to
      }
      // "Refund on first carrier scan": the intent is written here; the refund worker pays it.
      const timing = (request.decision as { refundTiming?: string } | null)?.refundTiming
      if (path.includes('in_transit') && timing === 'on_first_scan' && request.resolution === 'refund' && request.refundAmount > 0 && request.order.paymentReference && !request.order.disputedAt) {
        try {
          await createRefundIntent(tx, {
            orderId: request.order.id, returnId: label.returnId, amount: request.refundAmount, trigger: 'first_scan', sourceId: label.returnId,
            actor: { type: 'carrier', id: event.id }, now: event.occurredAt,
          })
        } catch (error) {
          // The scan still counts; the money question goes to staff instead of failing the carrier's webhook.
          if (!isAppError(error)) throw error
          await flagReturn(tx, label.returnId, `Refund on first scan not made: ${error.userMessage}`, event.occurredAt)
        }
      }
      if (path.length > 0) await tx.carrierEvent.update({ where: { id: stored.id }, data: { applied: true } })
      return { result: 'recorded' as const, moved: path }
    })
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { result: 'duplicate' }
    throw error
  }
}
