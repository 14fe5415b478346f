import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { DbClient } from '@/server/database/prisma-client'

export type StaffShop = { id: string; slug: string; name: string; currency: string; role: 'agent' | 'admin' }

/**
 * The shop a staff page or download is about, by its slug, checked against the staff user's
 * memberships (and role, when given). Another shop's slug is refused exactly like an unknown one.
 */
export async function staffShop(db: DbClient, staff: StaffIdentity | null, slug: string, role?: 'admin'): Promise<StaffShop> {
  if (!staff) throw new AppError('UNAUTHENTICATED', { userMessage: 'Please sign in to continue.' })
  const shop = await db.shop.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, currency: true } })
  const membership = shop ? staff.memberships.find((m) => m.shopId === shop.id) : undefined
  if (!shop || !membership) throw new AppError('FORBIDDEN', { userMessage: 'You do not have access to this shop.' })
  if (role && membership.role !== role) throw new AppError('FORBIDDEN', { userMessage: 'Only shop administrators can do this.' })
  return { ...shop, role: membership.role }
}
