import { router } from '@/server/api/trpc'
import { previewReturnRoute } from './preview-return'

export const returnsRouter = router({ preview: previewReturnRoute })
