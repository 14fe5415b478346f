import { createCallerFactory, router } from '@/server/api/trpc'
import { apiKeysRouter } from '@/server/api/routers/api-keys/router'
import { brandingRouter } from '@/server/api/routers/branding/router'
import { analyticsRouter } from '@/server/api/routers/analytics/router'
import { claimsRouter } from '@/server/api/routers/claims/router'
import { consoleRouter } from '@/server/api/routers/console/router'
import { draftRouter } from '@/server/api/routers/draft/router'
import { inboxRouter } from '@/server/api/routers/inbox/router'
import { importsRouter } from '@/server/api/routers/imports/router'
import { linksRouter } from '@/server/api/routers/links/router'
import { ordersRouter } from '@/server/api/routers/orders/router'
import { remediationRouter } from '@/server/api/routers/remediation/router'
import { returnsRouter } from '@/server/api/routers/returns/router'
import { shopifyRouter } from '@/server/api/routers/shopify/router'
import { shopsRouter } from '@/server/api/routers/shops/router'
import { staffRouter } from '@/server/api/routers/staff/router'
import { webhooksRouter } from '@/server/api/routers/webhooks/router'

export const appRouter = router({
  orders: ordersRouter,
  draft: draftRouter,
  returns: returnsRouter,
  shops: shopsRouter,
  staff: staffRouter,
  console: consoleRouter,
  inbox: inboxRouter,
  webhooks: webhooksRouter,
  apiKeys: apiKeysRouter,
  links: linksRouter,
  imports: importsRouter,
  branding: brandingRouter,
  shopify: shopifyRouter,
  analytics: analyticsRouter,
  claims: claimsRouter,
  remediation: remediationRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
