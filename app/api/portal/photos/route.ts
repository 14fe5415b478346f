import { NextResponse } from 'next/server'
import { AppError } from '@/server/app-error'
import { crossSiteReason, crossSiteResponse } from '@/server/api/http/same-origin'
import { errorResponse, getStorage, shopperFromRequest } from '@/server/api/http/request-context'
import { getDb } from '@/server/db'
import { DEFAULT_PHOTO_LIMITS, photoRefusal } from '@/server/services/photos/ingest-photo'
import { uploadShopperPhoto } from '@/server/services/photos/shopper-photos'

/** POST multipart `file`: a photo for the shopper's own order (the session decides which order). */
export async function POST(request: Request) {
  const crossSite = crossSiteReason(request.method, request.headers)
  if (crossSite) return crossSiteResponse(crossSite)
  try {
    const shopper = shopperFromRequest(request)
    if (!shopper) throw new AppError('UNAUTHENTICATED', { userMessage: 'Your session has ended. Please look up your order again.' })
    // Refuse an oversized body before reading it. A declared length is required: the HTTP parser
    // then stops at it, so a chunked upload cannot stream an unbounded body into memory.
    const length = request.headers.get('content-length')
    if (length === null) return NextResponse.json({ error: { code: 'INVALID_INPUT', message: 'Uploads need a Content-Length.' } }, { status: 411 })
    // Multipart adds a little framing around the file.
    if (Number(length) > DEFAULT_PHOTO_LIMITS.maxBytes + 64 * 1024) throw photoRefusal('too_large')
    const file = (await request.formData().catch(() => null))?.get('file')
    if (!(file instanceof File)) throw new AppError('INVALID_INPUT', { userMessage: 'Choose a photo to upload.', details: { reason: 'not_an_image' } })
    const photo = await uploadShopperPhoto(getDb(), getStorage(), { orderId: shopper.orderId, bytes: new Uint8Array(await file.arrayBuffer()) })
    return NextResponse.json(photo, { status: 201 })
  } catch (error) {
    return errorResponse(error)
  }
}
