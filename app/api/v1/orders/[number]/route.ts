import { apiRoute } from '@/server/api/rest/api-route'
import { upsertOrderOperation } from '@/server/api/rest/operations/orders'

export const PUT = apiRoute(upsertOrderOperation)
