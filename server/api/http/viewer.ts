import 'server-only'
import { getToken } from 'next-auth/jwt'
import { shopperFromRequest } from '@/server/api/http/request-context'
import type { ShopperSession } from '@/server/auth/shopper-session'
import { loadStaffIdentity, type StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { env } from '@/server/env'

// Kept apart from request-context.ts: Auth.js is only loaded by routes that serve staff too.
/**
 * Who is asking for a protected file: the shopper of an order (signed cookie) or, failing that, a
 * signed-in staff user with their shop memberships.
 */
export async function viewerFromRequest(request: Request, db: Db): Promise<{ shopper: ShopperSession | null; staff: StaffIdentity | null }> {
  const shopper = shopperFromRequest(request)
  if (shopper) return { shopper, staff: null }
  return { shopper: null, staff: await staffFromRequest(db, request) }
}

/** The signed-in staff user of a route handler, with their memberships; null if signed out. */
export async function staffFromRequest(db: Db, request: Request): Promise<StaffIdentity | null> {
  const userId = await staffUserIdFromRequest(request)
  return userId ? loadStaffIdentity(db, userId) : null
}

/**
 * The signed-in staff user's id from the Auth.js session cookie of this very request (JWT sessions),
 * so route handlers need no framework request scope. Over HTTPS the cookie has the __Secure- prefix.
 */
export async function staffUserIdFromRequest(request: Request): Promise<string | null> {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
  const secureCookie = (forwarded ?? new URL(request.url).protocol.replace(':', '')) === 'https'
  const token = await getToken({ req: request, secret: env().AUTH_SECRET, secureCookie })
  return typeof token?.sub === 'string' ? token.sub : null
}
