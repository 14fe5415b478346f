import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { createTRPCContext } from '@/server/api/context'
import { crossSiteReason, crossSiteResponse } from '@/server/api/http/same-origin'
import { appRouter } from '@/server/api/root'
import { logError } from '@/server/security/log'

const handler = (req: Request) => {
  // Shopper and staff sessions ride on cookies: a mutation sent from another site is refused.
  const crossSite = crossSiteReason(req.method, req.headers)
  if (crossSite) return crossSiteResponse(crossSite)
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createTRPCContext({ headers: req.headers, resHeaders, url: req.url }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') logError(`tRPC ${path ?? '?'} failed:`, error.cause ?? error)
    },
  })
}

export { handler as GET, handler as POST }
