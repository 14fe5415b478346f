import { crossSiteReason, crossSiteResponse } from '@/server/api/http/same-origin'
import { errorResponse, getStorage } from '@/server/api/http/request-context'
import { readUpload, requireShopAdmin } from '@/server/api/http/staff-request'
import { getDb } from '@/server/db'
import { setShopLogo } from '@/server/services/shops/shop-branding-settings'

export async function POST(request: Request) {
  const crossSite = crossSiteReason(request.method, request.headers)
  if (crossSite) return crossSiteResponse(crossSite)
  try {
    const db = getDb()
    const { shopId, file } = await readUpload(request, 'logo')
    await requireShopAdmin(db, request, shopId)
    const settings = await setShopLogo(db, getStorage(), shopId, new Uint8Array(await file.arrayBuffer()))
    return Response.json({ logoUrl: settings.logoUrl })
  } catch (error) {
    return errorResponse(error)
  }
}
