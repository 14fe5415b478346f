import { z } from 'zod'
import { ZOrderInput } from '@/server/services/orders/order-input'
import { upsertOrder } from '@/server/services/orders/upsert-order'
import { defineOperation } from '../operation'

export const ZOrderNumberParam = z.object({ number: z.string().trim().min(1).max(64).meta({ description: 'The order number as the shop shows it, e.g. 1001 or #1001.' }) })

const ZUpsertedOrder = z.object({ id: z.string(), number: z.string(), created: z.boolean() }).meta({ id: 'UpsertedOrder' })

export const upsertOrderOperation = defineOperation({
  method: 'put',
  path: '/orders/{number}',
  operationId: 'upsertOrder',
  summary: 'Create or replace an order',
  description:
    'Creates the order, or replaces it when the shop already has one with this number (PUT is idempotent by itself). Totals follow from the lines. Lines that are part of a return keep their SKU, price and quantity (409 otherwise).',
  tag: 'Orders',
  scope: 'orders:write',
  params: ZOrderNumberParam,
  body: ZOrderInput,
  response: ZUpsertedOrder,
  successStatus: 200,
  run: async ({ db, caller }, { params, body }) => {
    const result = await db.$transaction((tx) => upsertOrder(tx, caller.shopId, params.number, body))
    return { id: result.orderId, number: result.number, created: result.created }
  },
})
