import { apiRoute } from '@/server/api/rest/api-route'
import { listReturnsOperation } from '@/server/api/rest/operations/returns'

export const GET = apiRoute(listReturnsOperation)
