import { appDependencies } from '@/server/dependencies'
import { auth } from '@/server/auth'
import { loadStaffIdentity } from '@/server/auth/staff-identity'
import { getDb } from '@/server/db'
import type { TRPCContext } from '@/server/api/trpc'

/** Per-request context for the HTTP handler and server components. */
export function createTRPCContext(opts: { headers: Headers; resHeaders: Headers; url: string }): TRPCContext {
  const db = getDb()
  const forwardedProto = opts.headers.get('x-forwarded-proto')
  return {
    db,
    headers: opts.headers,
    resHeaders: opts.resHeaders,
    // Behind a TLS-terminating proxy the forwarded protocol is the truth; otherwise the request's own.
    secure: forwardedProto ? forwardedProto.split(',')[0]!.trim() === 'https' : new URL(opts.url).protocol === 'https:',
    now: () => new Date(),
    deps: appDependencies,
    getStaff: async () => {
      const session = await auth()
      return session?.user?.id ? loadStaffIdentity(db, session.user.id) : null
    },
  }
}
