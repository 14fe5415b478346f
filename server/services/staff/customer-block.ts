import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

/**
 * Puts a shopper on the shop's blocklist (or takes them off): their next returns go to review.
 * Admins only; a customer of another shop is "not found".
 */
export async function setCustomerBlocked(db: Db, input: { staff: StaffIdentity; customerId: string; blocked: boolean }) {
  const customer = await db.customer.findUnique({ where: { id: input.customerId }, select: { id: true, shopId: true } })
  const membership = customer ? input.staff.memberships.find((m) => m.shopId === customer.shopId) : undefined
  if (!customer || !membership) throw new AppError('ORDER_NOT_FOUND', { userMessage: 'There is no such customer in your shops.' })
  if (membership.role !== 'admin') throw new AppError('FORBIDDEN', { userMessage: 'Only shop administrators can change the blocklist.' })
  return db.customer.update({ where: { id: customer.id }, data: { blocked: input.blocked }, select: { id: true, blocked: true } })
}
