import 'server-only'
import { NextResponse } from 'next/server'
import { APP_ERROR_TRANSPORT } from '@/server/api/error-mapping'
import { isAppError } from '@/server/app-error'
import { auth } from '@/server/auth'
import { loadStaffIdentity, type StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { decodeShopperSession, readCookie, SHOPPER_COOKIE, type ShopperSession } from '@/server/auth/shopper-session'
import { env } from '@/server/env'
import type { StorageDriver } from '@/server/integrations/storage'
import { appDependencies } from '@/server/dependencies'

/** The shopper session a plain route handler (uploads, downloads) was called with, if any. */
export function shopperFromRequest(request: Request): ShopperSession | null {
  return decodeShopperSession(readCookie(request.headers.get('cookie'), SHOPPER_COOKIE), env().AUTH_SECRET, Date.now())
}

/**
 * Who is asking for a protected file: the shopper of an order (signed cookie) or, failing that, a
 * signed-in staff user with their shop memberships.
 */
export async function viewerFromRequest(request: Request, db: Db): Promise<{ shopper: ShopperSession | null; staff: StaffIdentity | null }> {
  const shopper = shopperFromRequest(request)
  if (shopper) return { shopper, staff: null }
  const session = await auth()
  return { shopper: null, staff: session?.user?.id ? await loadStaffIdentity(db, session.user.id) : null }
}

/** The configured file storage (a local folder outside public/ by default). */
export function getStorage(): StorageDriver {
  return appDependencies().storage
}

/** AppErrors become the same JSON error shape as the REST API: { error: { code, message, reason? } }. */
export function errorResponse(error: unknown): NextResponse {
  if (!isAppError(error)) {
    console.error(error)
    return NextResponse.json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } }, { status: 500 })
  }
  const reason = typeof error.details?.reason === 'string' ? error.details.reason : undefined
  return NextResponse.json({ error: { code: error.code, message: error.userMessage, reason } }, { status: APP_ERROR_TRANSPORT[error.code].http })
}
