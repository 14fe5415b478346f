import 'server-only'
import { NextResponse } from 'next/server'
import { APP_ERROR_TRANSPORT } from '@/server/api/error-mapping'
import { isAppError } from '@/server/app-error'
import { decodeShopperSession, readCookie, SHOPPER_COOKIE, type ShopperSession } from '@/server/auth/shopper-session'
import { env } from '@/server/env'
import type { StorageDriver } from '@/server/integrations/storage'
import { appDependencies } from '@/server/dependencies'
import { logError } from '@/server/security/log'

/** The shopper session a plain route handler (uploads, downloads) was called with, if any. */
export function shopperFromRequest(request: Request): ShopperSession | null {
  return decodeShopperSession(readCookie(request.headers.get('cookie'), SHOPPER_COOKIE), env().AUTH_SECRET, Date.now())
}

/** The configured file storage (a local folder outside public/ by default). */
export function getStorage(): StorageDriver {
  return appDependencies().storage
}

/** AppErrors become the same JSON error shape as the REST API: { error: { code, message, reason? } }. */
export function errorResponse(error: unknown): NextResponse {
  if (!isAppError(error)) {
    logError(error)
    return NextResponse.json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } }, { status: 500 })
  }
  const reason = typeof error.details?.reason === 'string' ? error.details.reason : undefined
  return NextResponse.json({ error: { code: error.code, message: error.userMessage, reason } }, { status: APP_ERROR_TRANSPORT[error.code].http })
}
