import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

export async function listStaffShops(db: Db, staff: StaffIdentity) {
  const shops = await db.shop.findMany({
    where: { id: { in: staff.memberships.map((m) => m.shopId) } },
    select: { id: true, slug: true, name: true, currency: true },
    orderBy: { name: 'asc' },
  })
  return shops.map((shop) => ({ ...shop, role: staff.memberships.find((m) => m.shopId === shop.id)!.role }))
}
