import { describe, expect, test } from 'vitest'
import { classifyStripeError } from './classify-stripe-error'

describe('classifyStripeError', () => {
  test.each([
    [{ type: 'StripeConnectionError', message: 'socket hang up' }, 'transient'],
    [{ type: 'StripeAPIError', statusCode: 500 }, 'transient'],
    [{ type: 'StripeAPIError', statusCode: 503 }, 'transient'],
    [{ type: 'StripeRateLimitError', statusCode: 429, code: 'rate_limit' }, 'transient'],
    [{ type: 'StripeInvalidRequestError', statusCode: 409, code: 'lock_timeout' }, 'transient'],
    [{ message: 'weird, no status' }, 'transient'],
    [{ type: 'StripeInvalidRequestError', statusCode: 400, code: 'charge_already_refunded' }, 'permanent'],
    [{ type: 'StripeInvalidRequestError', statusCode: 400, code: 'amount_too_large' }, 'permanent'],
    [{ type: 'StripeInvalidRequestError', statusCode: 400, code: 'charge_disputed' }, 'permanent'],
    [{ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' }, 'permanent'],
    [{ type: 'StripeAuthenticationError', statusCode: 401 }, 'permanent'],
    [{ type: 'StripeIdempotencyError', statusCode: 400 }, 'permanent'],
  ])('%o is %s', (error, kind) => {
    expect(classifyStripeError(error).kind).toBe(kind)
  })

  test('a permanent error keeps Stripe\'s code, or the HTTP status when there is none', () => {
    expect(classifyStripeError({ statusCode: 400, code: 'amount_too_large' })).toMatchObject({ code: 'amount_too_large' })
    expect(classifyStripeError({ statusCode: 401, type: 'StripeAuthenticationError' })).toMatchObject({ code: 'http_401' })
    expect(classifyStripeError({ statusCode: 400, type: 'StripeIdempotencyError' })).toMatchObject({ code: 'idempotency_error' })
  })
})
