import { createCaller } from '@/server/api/root'
import type { TRPCContext } from '@/server/api/trpc'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

/** Calls procedures exactly as the HTTP handler would, with a browser's cookies and identity. */
export function callerFor(db: Db, options: { cookie?: string; staff?: StaffIdentity | null; now?: Date } = {}) {
  const headers = new Headers(options.cookie ? { cookie: options.cookie } : {})
  const resHeaders = new Headers()
  const ctx: TRPCContext = {
    db,
    headers,
    resHeaders,
    secure: false,
    now: () => options.now ?? new Date(),
    getStaff: async () => options.staff ?? null,
  }
  return { caller: createCaller(ctx), resHeaders }
}

/** The `name=value` part of a Set-Cookie header, as a browser would send it back. */
export function cookieFrom(resHeaders: Headers): string {
  return resHeaders.getSetCookie().map((header) => header.split(';')[0]).join('; ')
}
