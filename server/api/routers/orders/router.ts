import { router } from '@/server/api/trpc'
import { currentOrderRoute } from './current-order'
import { endSessionRoute } from './end-session'
import { lookupOrderRoute } from './lookup-order'

export const ordersRouter = router({
  lookup: lookupOrderRoute,
  current: currentOrderRoute,
  endSession: endSessionRoute,
})
