import 'server-only'
import { AppError } from '@/server/app-error'
import { assertShopAccess } from '@/server/api/trpc'
import { staffFromRequest } from '@/server/api/http/viewer'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

/** The signed-in staff user of a route handler, who must administer `shopId` (uploads in admin). */
export async function requireShopAdmin(db: Db, request: Request, shopId: string): Promise<StaffIdentity> {
  const staff = await staffFromRequest(db, request)
  if (!staff) throw new AppError('UNAUTHENTICATED', { userMessage: 'Please sign in to continue.' })
  assertShopAccess(staff, shopId, 'admin')
  return staff
}

/** The one file of a multipart upload, with the shop it is for. */
export async function readUpload(request: Request, field: string): Promise<{ shopId: string; file: File }> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    throw new AppError('INVALID_INPUT', { userMessage: 'Send the file as multipart/form-data.', details: { reason: 'not_multipart' } })
  }
  const shopId = form.get('shopId')
  const file = form.get(field)
  if (typeof shopId !== 'string' || !shopId) throw new AppError('INVALID_INPUT', { userMessage: 'Which shop is this for?', details: { reason: 'missing_shop' } })
  if (!(file instanceof File) || file.size === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Choose a file to upload.', details: { reason: 'missing_file' } })
  return { shopId, file }
}


/** Streams text chunks as a download; the generator's first chunk is awaited first so errors become proper responses. */
export async function textDownload(chunks: AsyncGenerator<string>, headers: { contentType: string; filename: string }): Promise<Response> {
  const first = await chunks.next()
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value))
      if (first.done) controller.close()
    },
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
  return new Response(body, {
    headers: {
      'content-type': headers.contentType,
      'content-disposition': `attachment; filename="${headers.filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
