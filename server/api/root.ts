import { createCallerFactory, router } from '@/server/api/trpc'
import { ordersRouter } from '@/server/api/routers/orders/router'
import { shopsRouter } from '@/server/api/routers/shops/router'
import { staffRouter } from '@/server/api/routers/staff/router'

export const appRouter = router({
  orders: ordersRouter,
  shops: shopsRouter,
  staff: staffRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
