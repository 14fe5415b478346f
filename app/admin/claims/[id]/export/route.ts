import { errorResponse } from '@/server/api/http/request-context'
import { staffFromRequest } from '@/server/api/http/viewer'
import { getDb } from '@/server/db'
import { claimCsv, renderClaimPdf } from '@/server/services/claims/claim-documents'
import { readSupplierClaim } from '@/server/services/claims/read-supplier-claims'
import { staffShop } from '@/server/services/staff/staff-shop'

/** A claim as CSV (`?format=csv`) or as a PDF letter for the supplier (default). Shop administrators only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const db = getDb()
    const search = new URL(request.url).searchParams
    const shop = await staffShop(db, await staffFromRequest(db, request), search.get('shop') ?? '', 'admin')
    const { claim, lines } = await readSupplierClaim(db, { shopId: shop.id, claimId: (await params).id })
    const name = `claim-${claim.supplierCode.toLowerCase()}-${claim.createdAt.toISOString().slice(0, 10)}`
    const csv = search.get('format') === 'csv'
    const body = csv ? claimCsv(claim, lines) : await renderClaimPdf({ shopName: shop.name, claim, lines, printedAt: new Date() })
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/pdf',
        'content-disposition': `attachment; filename="${name}.${csv ? 'csv' : 'pdf'}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  } catch (error) {
    return errorResponse(error)
  }
}
