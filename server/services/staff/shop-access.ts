import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'

/** Staff of the shop (any role); another shop is refused as if it did not exist to them. */
export function assertShopMember(staff: StaffIdentity, shopId: string): void {
  if (!staff.memberships.some((m) => m.shopId === shopId)) throw new AppError('FORBIDDEN', { userMessage: 'You do not have access to this shop.' })
}

export function assertShopAdmin(staff: StaffIdentity, shopId: string): void {
  assertShopMember(staff, shopId)
  if (!staff.memberships.some((m) => m.shopId === shopId && m.role === 'admin')) {
    throw new AppError('FORBIDDEN', { userMessage: 'Only shop administrators can see or change the shop settings.' })
  }
}
