import 'server-only'
import { shopperFromRequest } from '@/server/api/http/request-context'
import { auth } from '@/server/auth'
import type { ShopperSession } from '@/server/auth/shopper-session'
import { loadStaffIdentity, type StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

// Kept apart from request-context.ts: Auth.js is only loaded by routes that serve staff too.
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
