import { createCallerFactory, router } from '@/server/api/trpc'
import { consoleRouter } from '@/server/api/routers/console/router'
import { draftRouter } from '@/server/api/routers/draft/router'
import { inboxRouter } from '@/server/api/routers/inbox/router'
import { ordersRouter } from '@/server/api/routers/orders/router'
import { returnsRouter } from '@/server/api/routers/returns/router'
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
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
