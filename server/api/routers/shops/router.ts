import { router } from '@/server/api/trpc'
import { getBrandingRoute } from './get-branding'
import { getPolicyRoute } from './get-policy'

export const shopsRouter = router({ branding: getBrandingRoute, policy: getPolicyRoute })
