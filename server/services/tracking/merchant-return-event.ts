import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import type { TrackingEventType } from '@/server/domain/tracking-progress'
import { getMerchantReturn } from '@/server/services/returns/merchant-returns'
import { applyCarrierEvent } from './apply-carrier-event'

export type MerchantEventInput = { id: string; type: TrackingEventType; occurredAt: Date; note?: string | null }

/**
 * A tracking scan or warehouse receipt the merchant reports for one of their returns. It goes
 * through the carrier event service, so it moves the return exactly as a carrier scan would and
 * the same event id is applied once. Ids are namespaced per shop: one merchant's ids never
 * collide with another's or with the carrier network's.
 */
export async function postMerchantReturnEvent(db: Db, shopId: string, rma: string, event: MerchantEventInput) {
  const found = await getMerchantReturn(db, shopId, rma)
  if (!found.label) {
    throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `Return ${found.rma} has no active label, so there is no parcel to track.`, details: { reason: 'no_label', status: found.status } })
  }
  const outcome = await applyCarrierEvent(db, {
    id: `merchant:${shopId}:${event.id}`,
    trackingNumber: found.label.trackingNumber,
    type: event.type,
    occurredAt: event.occurredAt,
    payload: { source: 'merchant_api', id: event.id, type: event.type, occurredAt: event.occurredAt.toISOString(), ...(event.note ? { note: event.note } : {}) },
  })
  const after = await getMerchantReturn(db, shopId, rma)
  return { result: outcome.result === 'duplicate' ? ('duplicate' as const) : ('recorded' as const), moved: outcome.result === 'recorded' ? outcome.moved : [], status: after.status }
}
