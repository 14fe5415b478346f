import { z } from 'zod'
import type { ApiScope } from '@/server/auth/api-key'
import type { Db } from '@/server/database/prisma-client'
import type { ApiCaller } from '@/server/services/api-keys/api-keys'

export type ApiContext = { db: Db; caller: ApiCaller; now: Date; /** Origin the request came to, for absolute links. */ origin: string }

type AnyObject = z.ZodObject<z.ZodRawShape>

/**
 * One REST operation, described once: the handler pipeline (rest-handler.ts) validates with these
 * schemas and the OpenAPI document (openapi.ts) is generated from the very same ones.
 */
export type ApiOperation<P extends AnyObject, Q extends AnyObject, B extends z.ZodType, R extends z.ZodType> = {
  method: 'get' | 'put' | 'post'
  /** Below /api/v1, with {param} placeholders: `/orders/{number}`. */
  path: string
  operationId: string
  summary: string
  description?: string
  tag: string
  scope: ApiScope
  params?: P
  query?: Q
  body?: B
  response: R
  successStatus: 200 | 201
  run: (ctx: ApiContext, input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }) => Promise<z.input<R>>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of differently typed operations
export type AnyApiOperation = ApiOperation<any, any, any, any>

export const defineOperation = <P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodUndefined, R extends z.ZodType = z.ZodType>(
  operation: ApiOperation<P, Q, B, R>,
) => operation

export const ZApiError = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'INVALID_INPUT' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' })
