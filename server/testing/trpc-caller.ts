import type { AppDependencies } from '@/server/dependencies'
import { createCaller } from '@/server/api/root'
import { hubNetworkCarrier } from '@/server/integrations/carriers/hub-network-carrier'
import { createMemoryDriver } from '@/server/integrations/storage'
import type { TRPCContext } from '@/server/api/trpc'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

/** Calls procedures exactly as the HTTP handler would, with a browser's cookies and identity. */
const testDependencies: AppDependencies = { storage: createMemoryDriver(), carrier: hubNetworkCarrier }

export function callerFor(db: Db, options: { cookie?: string; staff?: StaffIdentity | null; now?: Date; deps?: AppDependencies } = {}) {
  const headers = new Headers(options.cookie ? { cookie: options.cookie } : {})
  const resHeaders = new Headers()
  const ctx: TRPCContext = {
    db,
    headers,
    resHeaders,
    secure: false,
    now: () => options.now ?? new Date(),
    getStaff: async () => options.staff ?? null,
    deps: () => options.deps ?? testDependencies,
  }
  return { caller: createCaller(ctx), resHeaders }
}

/** The `name=value` part of a Set-Cookie header, as a browser would send it back. */
export function cookieFrom(resHeaders: Headers): string {
  return resHeaders.getSetCookie().map((header) => header.split(';')[0]).join('; ')
}
