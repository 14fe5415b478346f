import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { lockStaffReturn } from './staff-return'

/** An internal note on a return: staff of the shop see it, the shopper never does. */
export async function addReturnNote(db: Db, input: { staff: StaffIdentity; rma: string; body: string; now: Date }) {
  const body = input.body.trim()
  if (body.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'A note cannot be empty.' })
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    return tx.returnNote.create({ data: { returnId: r.id, authorId: input.staff.userId, body, createdAt: input.now }, select: { id: true, createdAt: true } })
  })
}
