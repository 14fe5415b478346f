import { apiRoute } from '@/server/api/rest/api-route'
import { mintLinkOperation } from '@/server/api/rest/operations/links'

export const POST = apiRoute(mintLinkOperation)
