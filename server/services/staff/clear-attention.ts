import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { lockStaffReturn, recordEvent } from './staff-return'

/** Staff have dealt with what flagged the return (a dispute, a refused refund): it leaves "needs review". */
export async function clearAttention(db: Db, input: { staff: StaffIdentity; rma: string; note: string; now: Date }) {
  const note = input.note.trim()
  if (note.length < 5) throw new AppError('INVALID_INPUT', { userMessage: 'Say what was done about it (at least 5 characters).' })
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    const flagged = await tx.returnRequest.findUniqueOrThrow({ where: { id: r.id }, select: { attentionReason: true } })
    if (!flagged.attentionReason) throw new AppError('CONFLICT', { userMessage: 'This return is not flagged for attention.' })
    await tx.returnRequest.update({ where: { id: r.id }, data: { attentionReason: null, attentionAt: null } })
    await recordEvent(tx, { returnId: r.id, type: 'attention_cleared', staffId: input.staff.userId, now: input.now, note: `Cleared "${flagged.attentionReason}": ${note}`, data: { reason: flagged.attentionReason } })
    return { rma: r.rma }
  })
}
