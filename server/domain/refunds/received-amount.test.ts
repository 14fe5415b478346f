import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { refundForReceived, refundStillDue } from './received-amount'

describe('refundForReceived', () => {
  test('announced 3, received 2 refunds two of three units', () => {
    expect(refundForReceived([{ quantity: 3, receivedQuantity: 2, refundAmount: 3000 }])).toBe(2000)
  })
  test('not yet received counts the announced quantity; nothing received refunds nothing', () => {
    expect(refundForReceived([{ quantity: 2, receivedQuantity: null, refundAmount: 1999 }, { quantity: 1, receivedQuantity: 0, refundAmount: 500 }])).toBe(1999)
  })
  test('rounds down on uneven splits', () => {
    expect(refundForReceived([{ quantity: 3, receivedQuantity: 1, refundAmount: 1000 }])).toBe(333)
  })
  test.each([-1, 4, 1.5])('refuses a received quantity of %d', (receivedQuantity) => {
    expect(() => refundForReceived([{ quantity: 3, receivedQuantity, refundAmount: 900 }])).toThrow(RangeError)
  })
  test('never more than announced, and monotonic in what arrived', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 10_000_000 }), fc.nat(), (quantity, refundAmount, seed) => {
        const received = seed % (quantity + 1)
        const amount = refundForReceived([{ quantity, receivedQuantity: received, refundAmount }])
        expect(amount).toBeLessThanOrEqual(refundAmount)
        expect(amount).toBeGreaterThanOrEqual(0)
        if (received < quantity) expect(amount).toBeLessThanOrEqual(refundForReceived([{ quantity, receivedQuantity: received + 1, refundAmount }]))
      }),
    )
  })
})

test('refundStillDue never goes negative', () => {
  expect(refundStillDue(1000, 400)).toBe(600)
  expect(refundStillDue(1000, 1000)).toBe(0)
  expect(refundStillDue(1000, 1200)).toBe(0)
})
