import type { TRPC_ERROR_CODE_KEY } from '@trpc/server'
import type { AppErrorCode } from '@/server/app-error'

/** The one table from domain error codes to transport codes. REST routes use the HTTP column. */
export const APP_ERROR_TRANSPORT: Record<AppErrorCode, { trpc: TRPC_ERROR_CODE_KEY; http: number }> = {
  INVALID_INPUT: { trpc: 'BAD_REQUEST', http: 400 },
  SHOP_NOT_FOUND: { trpc: 'NOT_FOUND', http: 404 },
  ORDER_NOT_FOUND: { trpc: 'NOT_FOUND', http: 404 },
  RETURN_NOT_FOUND: { trpc: 'NOT_FOUND', http: 404 },
  POLICY_NOT_FOUND: { trpc: 'NOT_FOUND', http: 404 },
  WEBHOOK_NOT_FOUND: { trpc: 'NOT_FOUND', http: 404 },
  NOT_RETURNABLE: { trpc: 'UNPROCESSABLE_CONTENT', http: 422 },
  INVALID_STATE_TRANSITION: { trpc: 'CONFLICT', http: 409 },
  REFUND_EXCEEDS_CAPTURED: { trpc: 'UNPROCESSABLE_CONTENT', http: 422 },
  PAYMENT_DISPUTED: { trpc: 'CONFLICT', http: 409 },
  NO_PAYMENT: { trpc: 'UNPROCESSABLE_CONTENT', http: 422 },
  CURRENCY_MISMATCH: { trpc: 'BAD_REQUEST', http: 400 },
  UNAUTHENTICATED: { trpc: 'UNAUTHORIZED', http: 401 },
  FORBIDDEN: { trpc: 'FORBIDDEN', http: 403 },
  RATE_LIMITED: { trpc: 'TOO_MANY_REQUESTS', http: 429 },
  CONFLICT: { trpc: 'CONFLICT', http: 409 },
  INTERNAL: { trpc: 'INTERNAL_SERVER_ERROR', http: 500 },
}
