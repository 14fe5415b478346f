// Stripe's v1 error envelope; the SDK picks its error class from `type` (and 429/401 status).
export type StripeErrorType = 'invalid_request_error' | 'api_error' | 'idempotency_error' | 'authentication_error'

export class EmulatorApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    readonly code: string | undefined,
    message: string,
    readonly param?: string,
    /** Stripe stores no idempotent result when a request fails validation before executing. */
    readonly storeIdempotent = true,
  ) {
    super(message)
  }

  toBody(): { error: Record<string, string> } {
    const error: Record<string, string> = { type: this.type, message: this.message }
    if (this.code) error.code = this.code
    if (this.param) error.param = this.param
    return { error }
  }
}

export function invalidParam(param: string, code: string, message: string): EmulatorApiError {
  return new EmulatorApiError(400, 'invalid_request_error', code, message, param, false)
}

export function missingResource(param: string, id: string): EmulatorApiError {
  return new EmulatorApiError(404, 'invalid_request_error', 'resource_missing', `No such ${param}: '${id}'`, param)
}
