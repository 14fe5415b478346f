import { crossSiteReason, crossSiteResponse } from '@/server/api/http/same-origin'
import { errorResponse, getStorage } from '@/server/api/http/request-context'
import { readUpload, requireShopAdmin } from '@/server/api/http/staff-request'
import { getDb } from '@/server/db'
import { startOrderImport } from '@/server/services/imports/import-orders'

/** Upload of an order CSV: validated in full here; a valid file is queued as an import job (202). */
export async function POST(request: Request) {
  const crossSite = crossSiteReason(request.method, request.headers)
  if (crossSite) return crossSiteResponse(crossSite)
  try {
    const db = getDb()
    const { shopId, file } = await readUpload(request, 'file')
    const staff = await requireShopAdmin(db, request, shopId)
    const started = await startOrderImport(db, getStorage(), { shopId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), createdById: staff.userId })
    return Response.json(started, { status: started.ok ? 202 : 422 })
  } catch (error) {
    return errorResponse(error)
  }
}
