import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import type { AppDependencies } from '@/server/dependencies'
import { issueLabelInTransaction } from '@/server/services/labels/issue-label'
import { lockStaffReturn, moveReturn, voidLabels } from './staff-return'

/**
 * Voids the current label and issues a new one (lost, damaged, wrong address), in one transaction:
 * if the new label cannot be made, the old one stays valid.
 */
export async function reissueLabel(db: Db, deps: AppDependencies, input: { staff: StaffIdentity; rma: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const r = await lockStaffReturn(tx, input.staff, input.rma)
    if (r.keepItem) throw new AppError('INVALID_INPUT', { userMessage: 'This is a keep-it return: nothing ships, so there is no label.' })
    if (r.status === 'label_issued') {
      const voided = await voidLabels(tx, r, input.now)
      await moveReturn(tx, { returnId: r.id, from: 'label_issued', to: 'approved', staffId: input.staff.userId, now: input.now, note: `Label ${voided.join(', ')} voided; issuing a new one.`, data: { voidedLabels: voided } })
    } else if (r.status !== 'approved') {
      throw new AppError('INVALID_STATE_TRANSITION', { userMessage: `A label can only be reissued before the parcel ships; this return is ${r.status.replaceAll('_', ' ')}.` })
    }
    const issued = await issueLabelInTransaction(tx, deps, { returnId: r.id, now: input.now })
    if (issued.status !== 'issued') throw new AppError('CONFLICT', { userMessage: 'No label could be issued for this return (its items go to the supplier directly).' })
    return { rma: r.rma, trackingNumber: issued.trackingNumber }
  }, { timeout: 30_000 })
}
