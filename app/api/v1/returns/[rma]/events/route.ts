import { apiRoute } from '@/server/api/rest/api-route'
import { postReturnEventOperation } from '@/server/api/rest/operations/returns'

export const POST = apiRoute(postReturnEventOperation)
