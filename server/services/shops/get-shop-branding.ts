import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { brandTokens, type BrandTokens } from '@/server/domain/brand'

export type ShopBranding = { id: string; slug: string; name: string; logoUrl: string | null; locale: string; currency: string; supportEmail: string | null; brand: BrandTokens; portalCopy: unknown }

/** The public face of a shop: what its portal pages need to look like the merchant's own. */
export async function getShopBranding(db: Db, slug: string): Promise<ShopBranding> {
  const shop = await db.shop.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, logoUrl: true, locale: true, currency: true, supportEmail: true, brandPrimary: true, brandAccent: true, portalCopy: true },
  })
  if (!shop) throw new AppError('SHOP_NOT_FOUND', { userMessage: 'There is no returns portal at this address.', details: { slug } })
  const { brandPrimary, brandAccent, ...rest } = shop
  return { ...rest, brand: brandTokens(brandPrimary, brandAccent) }
}
