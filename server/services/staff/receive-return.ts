import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { lockStaffReturn, moveReturn } from './staff-return'

export type ReceivedItem = { itemId: string; receivedQuantity: number }

/**
 * Records what arrived at the hub, item by item: the full quantity, fewer (a short parcel) or none
 * (a wrong item in the box is graded at inspection). A parcel the carrier never scanned can still
 * be received.
 */
export async function receiveReturn(db: Db, input: { staff: StaffIdentity; rma: string; items: readonly ReceivedItem[]; note?: string | null; now: Date }) {
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    const byId = new Map(input.items.map((i) => [i.itemId, i.receivedQuantity]))
    if (byId.size !== input.items.length || byId.size !== r.items.length || r.items.some((i) => !byId.has(i.id))) {
      throw new AppError('INVALID_INPUT', { userMessage: 'Give the received quantity for every item of the return, once each.' })
    }
    const lines = r.items.map((item) => {
      const received = byId.get(item.id)!
      if (!Number.isInteger(received) || received < 0 || received > item.quantity) {
        throw new AppError('INVALID_INPUT', { userMessage: `${item.orderLine.title}: received quantity must be between 0 and ${item.quantity}.` })
      }
      return { id: item.id, title: item.orderLine.title, expected: item.quantity, received }
    })
    const short = lines.filter((l) => l.received < l.expected)
    const note = [
      short.length === 0 ? 'Everything arrived.' : `Short: ${short.map((l) => `${l.title} ${l.received} of ${l.expected}`).join('; ')}.`,
      input.note?.trim() || null,
    ].filter(Boolean).join(' ')
    await moveReturn(tx, {
      returnId: r.id, from: r.status, to: 'received', staffId: input.staff.userId, now: input.now, note,
      data: { items: lines.map(({ title, expected, received }) => ({ title, expected, received })) }, set: { receivedAt: input.now },
    })
    for (const line of lines) await tx.returnItem.update({ where: { id: line.id }, data: { receivedQuantity: line.received } })
    return { rma: r.rma, short: short.length }
  })
}
