import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { type Disposition, type Grade, gradeItem, inspectedRefund } from '@/server/domain/staff/grading'
import { originalFee } from '@/server/domain/staff/overrides'
import { lockStaffReturn, moveReturn } from './staff-return'

export type InspectedItem = { itemId: string; grade: Grade; disposition: Disposition; refundAmount?: number | null }

/**
 * Grades every item of a received return, with what happens to it and the refund its grade allows
 * (server/domain/staff/grading.ts), and sets the return's refund to the inspected total.
 */
export async function inspectReturn(db: Db, input: { staff: StaffIdentity; rma: string; items: readonly InspectedItem[]; now: Date }) {
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    if (r.status !== 'received') throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `Only a received return can be inspected; this one is ${r.status.replaceAll('_', ' ')}.` })
    const byId = new Map(input.items.map((i) => [i.itemId, i]))
    if (byId.size !== input.items.length || byId.size !== r.items.length || r.items.some((i) => !byId.has(i.id))) {
      throw new AppError('INVALID_INPUT', { userMessage: 'Grade every item of the return, once each.' })
    }
    const graded = r.items.map((item) => {
      const choice = byId.get(item.id)!
      const receivedQuantity = item.receivedQuantity ?? item.quantity
      const refundAmount = gradeItem(item.orderLine.title, { due: item.refundAmount, quantity: item.quantity, receivedQuantity }, choice)
      return { id: item.id, title: item.orderLine.title, grade: choice.grade, disposition: choice.disposition, quantity: item.quantity, receivedQuantity, due: item.refundAmount, refundAmount }
    })
    const itemsTotal = inspectedRefund(graded, r.shippingRefundAmount)
    // A fee waived by override is owed back on top of the items (their amounts are after the original fee).
    const waived = Math.max(0, originalFee(r.decision, r.feesAmount) - r.feesAmount)
    const refundAmount = itemsTotal > 0 ? itemsTotal + waived : 0
    await moveReturn(tx, {
      returnId: r.id, from: 'received', to: 'inspected', staffId: input.staff.userId, now: input.now,
      note: graded.map((g) => `${g.title}: ${g.grade.replaceAll('_', ' ')}, ${g.disposition.replaceAll('_', ' ')}`).join('; ') + '.',
      data: { items: graded.map(({ title, grade, disposition, due, refundAmount: refund }) => ({ title, grade, disposition, due, refund })), refundBefore: r.refundAmount, refundAfter: refundAmount },
      set: { refundAmount },
    })
    for (const g of graded) await tx.returnItem.update({ where: { id: g.id }, data: { grade: g.grade, disposition: g.disposition, refundAmount: g.refundAmount } })
    return { rma: r.rma, refundAmount }
  })
}
