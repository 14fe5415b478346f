/**
 * The one error type of Roundtrip. Every expected failure carries a code; the API layer maps
 * codes to tRPC and HTTP statuses in a single table (server/api/error-mapping.ts).
 * `message` is for logs; `userMessage` is safe to show to the person who made the request.
 */
export const APP_ERROR_CODES = [
  'INVALID_INPUT',
  'SHOP_NOT_FOUND',
  'ORDER_NOT_FOUND',
  'RETURN_NOT_FOUND',
  'POLICY_NOT_FOUND',
  'WEBHOOK_NOT_FOUND',
  'NOT_RETURNABLE',
  'INVALID_STATE_TRANSITION',
  'REFUND_EXCEEDS_CAPTURED',
  'PAYMENT_DISPUTED',
  'NO_PAYMENT',
  'CURRENCY_MISMATCH',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CONFLICT',
  'INTERNAL',
] as const

export type AppErrorCode = (typeof APP_ERROR_CODES)[number]

export class AppError extends Error {
  override readonly name = 'AppError'
  readonly code: AppErrorCode
  readonly userMessage: string
  readonly details?: Readonly<Record<string, unknown>>

  constructor(
    code: AppErrorCode,
    options: { message?: string; userMessage: string; details?: Record<string, unknown>; cause?: unknown },
  ) {
    super(options.message ?? options.userMessage, { cause: options.cause })
    this.code = code
    this.userMessage = options.userMessage
    this.details = options.details
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError
