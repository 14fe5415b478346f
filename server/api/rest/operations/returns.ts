import { z } from 'zod'
import { RETURN_STATUSES } from '@/server/domain/return-lifecycle'
import { TRACKING_EVENT_TYPES } from '@/server/domain/tracking-progress'
import { getMerchantReturn, listMerchantReturns } from '@/server/services/returns/merchant-returns'
import { postMerchantReturnEvent } from '@/server/services/tracking/merchant-return-event'
import { defineOperation } from '../operation'

const ZReturn = z
  .object({
    rma: z.string().meta({ example: 'R-204C-1QJ2-W' }),
    status: z.enum(RETURN_STATUSES),
    resolution: z.string(),
    keepItem: z.boolean(),
    orderNumber: z.string(),
    email: z.string(),
    currency: z.string(),
    itemsAmount: z.number().int(),
    feesAmount: z.number().int(),
    refundAmount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(
      z.object({ sku: z.string(), title: z.string(), variant: z.string().nullable(), quantity: z.number().int(), reason: z.string(), subReason: z.string().nullable(), refundAmount: z.number().int() }),
    ),
    label: z.object({ trackingNumber: z.string(), carrier: z.string(), expiresAt: z.string() }).nullable(),
  })
  .meta({ id: 'Return' })

const ZRmaParam = z.object({ rma: z.string().trim().min(1).max(40) })

export const listReturnsOperation = defineOperation({
  method: 'get',
  path: '/returns',
  operationId: 'listReturns',
  summary: 'List returns, newest first',
  description: 'Cursor pagination: pass `nextCursor` from one page as `cursor` for the next; it is null on the last page.',
  tag: 'Returns',
  scope: 'returns:read',
  query: z.object({
    status: z.enum(RETURN_STATUSES).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  }),
  response: z.object({ data: z.array(ZReturn), nextCursor: z.string().nullable() }).meta({ id: 'ReturnPage' }),
  successStatus: 200,
  run: ({ db, caller }, { query }) => listMerchantReturns(db, caller.shopId, query),
})

export const getReturnOperation = defineOperation({
  method: 'get',
  path: '/returns/{rma}',
  operationId: 'getReturn',
  summary: 'Read one return',
  tag: 'Returns',
  scope: 'returns:read',
  params: ZRmaParam,
  response: ZReturn,
  successStatus: 200,
  run: async ({ db, caller }, { params }) => {
    const { id: _id, ...found } = await getMerchantReturn(db, caller.shopId, params.rma)
    return found
  },
})

export const postReturnEventOperation = defineOperation({
  method: 'post',
  path: '/returns/{rma}/events',
  operationId: 'postReturnEvent',
  summary: 'Report a tracking or warehouse event',
  description:
    '`accepted` (dropped off), `in_transit`, or `delivered_to_hub` (received at the warehouse). Moves the return like a carrier scan; late or out-of-order events are kept and change nothing; the same `id` is applied once.',
  tag: 'Returns',
  scope: 'returns:write',
  params: ZRmaParam,
  body: z
    .object({
      id: z.string().trim().min(1).max(200).meta({ description: 'Your id for this event; sending it again changes nothing.' }),
      type: z.enum(TRACKING_EVENT_TYPES),
      occurredAt: z.iso.datetime({ offset: true }),
      note: z.string().max(500).nullish(),
    })
    .meta({ id: 'ReturnEventInput' }),
  response: z.object({ result: z.enum(['recorded', 'duplicate']), moved: z.array(z.enum(RETURN_STATUSES)), status: z.enum(RETURN_STATUSES) }).meta({ id: 'ReturnEventOutcome' }),
  successStatus: 200,
  run: ({ db, caller }, { params, body }) => postMerchantReturnEvent(db, caller.shopId, params.rma, { ...body, occurredAt: new Date(body.occurredAt) }),
})
