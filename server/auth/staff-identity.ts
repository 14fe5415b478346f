import type { Db } from '@/server/database/prisma-client'

export type StaffIdentity = { userId: string; email: string | null; memberships: { shopId: string; role: 'agent' | 'admin' }[] }

/** Loads the memberships that decide what a signed-in staff user may see. */
export async function loadStaffIdentity(db: Db, userId: string): Promise<StaffIdentity | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, memberships: { select: { shopId: true, role: true } } },
  })
  return user ? { userId: user.id, email: user.email, memberships: user.memberships } : null
}
