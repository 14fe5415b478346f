import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { type RequestedItem } from './order-types'
import { evaluate, line, order } from './test-kit.fixture'

const expectInvalid = (run: () => unknown, message: RegExp) => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('INVALID_INPUT')
    expect((error as AppError).userMessage).toMatch(message)
    return
  }
  expect.unreachable('expected an INVALID_INPUT AppError')
}
const item = (changes: Partial<RequestedItem>): RequestedItem => ({ lineId: 'L1', quantity: 1, reason: 'doesnt_fit', ...changes })

describe('malformed input throws INVALID_INPUT', () => {
  test('negative, zero, fractional or excessive quantities', () => {
    expectInvalid(() => evaluate({ items: [item({ quantity: -1 })] }), /between 1 and 1/)
    expectInvalid(() => evaluate({ items: [item({ quantity: 0 })] }), /between 1 and 1/)
    expectInvalid(() => evaluate({ items: [item({ quantity: 1.5 })] }), /between 1 and 1/)
    expectInvalid(() => evaluate({ items: [item({ quantity: 2 })] }), /between 1 and 1/)
  })

  test('unknown or repeated line ids, and an empty request', () => {
    expectInvalid(() => evaluate({ items: [item({ lineId: 'nope' })] }), /no line nope/)
    expectInvalid(() => evaluate({ items: [item({}), item({})] }), /requested twice/)
    expectInvalid(() => evaluate({ items: [] }), /at least one item/)
  })

  test('mixed currencies between the order and its amounts', () => {
    expectInvalid(() => evaluate({ order: order({ lines: [line({ currency: 'USD' })] }) }), /Mixed currencies/)
    expectInvalid(() => evaluate({ order: order({ shippingAmount: { amount: 0, currency: 'GBP' } }) }), /Mixed currencies/)
    expectInvalid(() => evaluate({ order: order({ lines: [line({ taxAmount: { amount: 1, currency: 'USD' } })] }) }), /Mixed currencies/)
  })

  test('impossible order lines', () => {
    expectInvalid(() => evaluate({ order: order({ lines: [line({ returnedQuantity: 2 })] }) }), /returned quantity/)
    expectInvalid(() => evaluate({ order: order({ lines: [line({ returnedQuantity: -1 })] }) }), /returned quantity/)
    expectInvalid(() => evaluate({ order: order({ lines: [line({ price: -5 })] }) }), /non-negative/)
    expectInvalid(() => evaluate({ order: order({ lines: [line({ discountAmount: { amount: 6000, currency: 'EUR' } })] }) }), /larger than the line/)
    expectInvalid(() => evaluate({ order: order({ lines: [line(), line()] }) }), /appears twice/)
  })

  test('unknown reasons, resolutions, photo counts and bad dates', () => {
    expectInvalid(() => evaluate({ items: [item({ reason: 'bored' as never })] }), /Unknown return reason/)
    expectInvalid(() => evaluate({ resolution: 'cash' as never }), /Unknown resolution/)
    expectInvalid(() => evaluate({ items: [item({ photoCount: -1 })] }), /Photo count/)
    expectInvalid(() => evaluate({ order: order({ deliveredAt: 'yesterday' }) }), /deliveredAt is not a valid date/)
    expectInvalid(() => evaluate({ now: new Date('nope') }), /request date/)
    expectInvalid(() => evaluate({ order: order({ currency: 'euro' }) }), /ISO 4217/)
  })

  test('ineligibility is a decision, never an exception', () => {
    expect(() => evaluate({ order: order({ deliveredAt: null, shippedAt: null }) })).not.toThrow()
  })
})
