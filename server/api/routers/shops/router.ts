import { router } from '@/server/api/trpc'
import { getBrandingRoute } from './get-branding'

export const shopsRouter = router({ branding: getBrandingRoute })
