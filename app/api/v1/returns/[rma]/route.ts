import { apiRoute } from '@/server/api/rest/api-route'
import { getReturnOperation } from '@/server/api/rest/operations/returns'

export const GET = apiRoute(getReturnOperation)
