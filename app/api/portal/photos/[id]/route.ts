import { errorResponse, getStorage } from '@/server/api/http/request-context'
import { viewerFromRequest } from '@/server/api/http/viewer'
import { getDb } from '@/server/db'
import { readPhoto } from '@/server/services/photos/shopper-photos'

/** A stored photo, only for the shopper of its order or the staff of its shop. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const db = getDb()
    const photo = await readPhoto(db, getStorage(), { photoId: (await params).id, viewer: await viewerFromRequest(request, db) })
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        'content-type': photo.contentType,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
      },
    })
  } catch (error) {
    return errorResponse(error)
  }
}
