import { errorResponse, getStorage, shopperFromRequest } from '@/server/api/http/request-context'
import { auth } from '@/server/auth'
import { loadStaffIdentity } from '@/server/auth/staff-identity'
import { getDb } from '@/server/db'
import { readPhoto } from '@/server/services/photos/shopper-photos'

/** A stored photo, only for the shopper of its order or the staff of its shop. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const db = getDb()
    const shopper = shopperFromRequest(request)
    const session = shopper ? null : await auth()
    const staff = session?.user?.id ? await loadStaffIdentity(db, session.user.id) : null
    const photo = await readPhoto(db, getStorage(), { photoId: (await params).id, viewer: { shopper, staff } })
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
