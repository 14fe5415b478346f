import { errorResponse, getStorage } from '@/server/api/http/request-context'
import { viewerFromRequest } from '@/server/api/http/viewer'
import { getDb } from '@/server/db'
import { readLabelDocument } from '@/server/services/labels/read-label'

/** The return label PDF (or `?document=slip`, the packing slip) for the shopper of that order or its shop's staff. */
export async function GET(request: Request, { params }: { params: Promise<{ rma: string }> }) {
  try {
    const db = getDb()
    const document = new URL(request.url).searchParams.get('document') === 'slip' ? 'slip' : 'label'
    const file = await readLabelDocument(db, getStorage(), { rma: decodeURIComponent((await params).rma), document, viewer: await viewerFromRequest(request, db) })
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  } catch (error) {
    return errorResponse(error)
  }
}
