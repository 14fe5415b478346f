import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { assertShopAdmin } from './shop-access'

/** The shop's own settings and its staff, for its administrators. */
export async function getShopSettings(db: Db, input: { staff: StaffIdentity; shopId: string }) {
  assertShopAdmin(input.staff, input.shopId)
  const shop = await db.shop.findUnique({
    where: { id: input.shopId },
    select: {
      id: true, slug: true, name: true, supportEmail: true, locale: true, currency: true,
      memberships: { select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } }, orderBy: { createdAt: 'asc' } },
    },
  })
  if (!shop) throw new AppError('SHOP_NOT_FOUND', { userMessage: 'This shop does not exist.' })
  return { ...shop, members: shop.memberships.map((m) => ({ ...m.user, role: m.role, since: m.createdAt })), memberships: undefined }
}

/** Name, support email and language; the currency is fixed once orders exist, so it is not here. */
export async function updateShopSettings(db: Db, input: { staff: StaffIdentity; shopId: string; name: string; supportEmail: string | null; locale: string }) {
  assertShopAdmin(input.staff, input.shopId)
  return db.shop.update({
    where: { id: input.shopId },
    data: { name: input.name.trim(), supportEmail: input.supportEmail?.trim().toLowerCase() || null, locale: input.locale },
    select: { id: true, name: true, supportEmail: true, locale: true, currency: true },
  })
}
