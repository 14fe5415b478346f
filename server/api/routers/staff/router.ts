import { router } from '@/server/api/trpc'
import { meRoute } from './me'

export const staffRouter = router({ me: meRoute })
