import type { z } from 'zod'
import type { Prisma } from '@/prisma/generated/client'
import { APP_ERROR_TRANSPORT } from '@/server/api/error-mapping'
import { AppError, isAppError } from '@/server/app-error'
import { apiKeyFromHeader } from '@/server/auth/api-key'
import type { Db } from '@/server/database/prisma-client'
import { logError } from '@/server/security/log'
import { assertScope, authenticateApiKey } from '@/server/services/api-keys/api-keys'
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey, requestFingerprint } from '@/server/services/idempotency/idempotency-keys'
import type { AnyApiOperation } from './operation'

type RouteContext = { params: Promise<Record<string, string | string[]>> }
type Json = Prisma.InputJsonValue

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

/** `{ error: { code, message, details } }`, the one error shape of the REST API. */
export function errorBody(error: unknown): { status: number; body: Json } {
  if (!isAppError(error)) {
    logError(error)
    return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } } }
  }
  return { status: APP_ERROR_TRANSPORT[error.code].http, body: { error: { code: error.code, message: error.userMessage, ...(error.details ? { details: error.details as Json } : {}) } } }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, where: 'path' | 'query' | 'body'): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new AppError('INVALID_INPUT', {
    userMessage: `The request ${where} is not valid: ${result.error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ')}`,
    details: { reason: 'validation', where, issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  })
}

/**
 * The single request pipeline of /api/v1: authenticate the key → check its scope → validate path,
 * query and body → honour Idempotency-Key on POST → run the operation → JSON. Route files only
 * bind an operation to it.
 */
export function restHandler(operation: AnyApiOperation, deps: { db: () => Db; now?: () => Date }) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const now = deps.now?.() ?? new Date()
    const db = deps.db()
    let claimId: string | null = null
    try {
      const caller = await authenticateApiKey(db, apiKeyFromHeader(request.headers.get('authorization')), now)
      assertScope(caller, operation.scope)
      const url = new URL(request.url)
      const params = operation.params ? parse(operation.params, await context.params, 'path') : {}
      const query = operation.query ? parse(operation.query, Object.fromEntries(url.searchParams), 'query') : {}
      const raw = operation.body ? await request.text() : ''
      let body: unknown
      if (operation.body) {
        let decoded: unknown
        try {
          decoded = JSON.parse(raw)
        } catch {
          throw new AppError('INVALID_INPUT', { userMessage: 'The request body is not JSON.', details: { reason: 'invalid_json' } })
        }
        body = parse(operation.body, decoded, 'body')
      }

      const key = request.headers.get('idempotency-key')
      if (operation.method === 'post' && key !== null) {
        if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new AppError('INVALID_INPUT', { userMessage: 'Idempotency-Key must be 1–255 printable characters.', details: { reason: 'invalid_idempotency_key' } })
        const claim = await claimIdempotencyKey(db, { shopId: caller.shopId, key, fingerprint: requestFingerprint('POST', url.pathname, raw), now })
        if (claim.kind === 'replay') return json(claim.response.status, claim.response.body, { 'idempotent-replayed': 'true' })
        claimId = claim.id
      }

      const result = await operation.run({ db, caller, now, origin: url.origin }, { params, query, body })
      const output = operation.response.parse(result) as Json
      if (claimId) await completeIdempotencyKey(db, claimId, { status: operation.successStatus, body: output }, now)
      return json(operation.successStatus, output)
    } catch (error) {
      const { status, body } = errorBody(error)
      if (claimId) {
        // A refusal is an answer and is replayed; a failure on our side releases the key for a retry.
        if (status < 500) await completeIdempotencyKey(db, claimId, { status, body }, now)
        else await releaseIdempotencyKey(db, claimId)
      }
      return json(status, body)
    }
  }
}
