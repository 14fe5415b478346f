import type { Db } from '@/server/database/prisma-client'
import { assertTransition } from '@/server/domain/return-lifecycle'

/**
 * Returns whose label ran out before the parcel was ever scanned move to `expired`. Safe to run as
 * often as wanted (a scheduled job): each return moves once, under a conditional update.
 */
export async function expireLabels(db: Db, now: Date): Promise<{ expired: string[] }> {
  const due = await db.label.findMany({
    where: { expiresAt: { lte: now }, voidedAt: null, returnRequest: { status: 'label_issued' } },
    select: { returnId: true },
  })
  const expired: string[] = []
  for (const { returnId } of due) {
    assertTransition('label_issued', 'expired')
    const moved = await db.$transaction(async (tx) => {
      const { count } = await tx.returnRequest.updateMany({ where: { id: returnId, status: 'label_issued' }, data: { status: 'expired', closedAt: now } })
      if (count === 0) return false
      await tx.returnEvent.create({
        data: { returnId, type: 'status_changed', fromStatus: 'label_issued', toStatus: 'expired', actorType: 'system', note: 'The return label expired unused.', createdAt: now },
      })
      return true
    })
    if (moved) expired.push(returnId)
  }
  return { expired }
}
