import { router } from '@/server/api/trpc'
import { createReturnRoute } from './create-return'
import { previewReturnRoute } from './preview-return'

export const returnsRouter = router({ preview: previewReturnRoute, create: createReturnRoute })
