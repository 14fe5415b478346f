import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normaliseRemediationMessage, remediationFor, runProgress } from './remediation-line'

const line = { unitPrice: 3900, quantity: 1, discountAmount: 0, taxAmount: 623, pricesIncludeTax: true, returnedQuantity: 0 }

describe('remediationFor', () => {
  test('a VAT-inclusive line: what was paid, tax inside', () => {
    expect(remediationFor(line)).toEqual({ quantity: 1, amount: 3900 })
  })

  test('US sales tax added on top is refunded too; discounts are not', () => {
    expect(remediationFor({ ...line, unitPrice: 4200, quantity: 2, discountAmount: 400, taxAmount: 660, pricesIncludeTax: false })).toEqual({ quantity: 2, amount: 8400 - 400 + 660 })
  })

  test('units already returned are left to their return; a line returned in full needs nothing', () => {
    expect(remediationFor({ ...line, quantity: 3, unitPrice: 1000, returnedQuantity: 1 })).toEqual({ quantity: 2, amount: 2000 })
    expect(remediationFor({ ...line, returnedQuantity: 1 })).toEqual({ quantity: 0, amount: 0 })
    expect(remediationFor({ ...line, returnedQuantity: 5 })).toEqual({ quantity: 0, amount: 0 })
  })

  test('refuses impossible amounts', () => {
    expect(() => remediationFor({ ...line, unitPrice: -1 })).toThrow(/unitPrice/)
    expect(() => remediationFor({ ...line, quantity: 1.5 })).toThrow(/quantity/)
  })

  test('never more than was paid for the line, and all units give exactly what was paid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean(), (unitPrice, quantity, returned, included) => {
        const discountAmount = Math.floor(unitPrice * quantity * 0.1)
        const taxAmount = Math.floor(unitPrice * quantity * 0.08)
        const input = { unitPrice, quantity, discountAmount, taxAmount, pricesIncludeTax: included, returnedQuantity: returned }
        const paid = unitPrice * quantity - discountAmount + (included ? 0 : taxAmount)
        const result = remediationFor(input)
        expect(result.quantity).toBe(Math.max(0, quantity - returned))
        expect(result.amount).toBeLessThanOrEqual(paid)
        if (returned === 0) expect(result.amount).toBe(paid)
      }),
    )
  })
})

describe('normaliseRemediationMessage', () => {
  test('trims and normalises line breaks; refuses empty and over-long text', () => {
    expect(normaliseRemediationMessage('  Sorry!\r\nA refund is on its way. ')).toBe('Sorry!\nA refund is on its way.')
    expect(() => normaliseRemediationMessage('   ')).toThrow(/Write the message/)
    expect(() => normaliseRemediationMessage('x'.repeat(2001))).toThrow(/at most 2000/)
  })
})

describe('runProgress', () => {
  test('handled lines over all lines, rounded down, so 100% means finished', () => {
    expect(runProgress({ pending: 0, done: 0, failed: 0 })).toEqual({ total: 0, handled: 0, percent: 100 })
    expect(runProgress({ pending: 2, done: 1, failed: 0 })).toEqual({ total: 3, handled: 1, percent: 33 })
    expect(runProgress({ pending: 1, done: 198, failed: 0 }).percent).toBe(99)
    expect(runProgress({ pending: 0, done: 2, failed: 1 })).toEqual({ total: 3, handled: 3, percent: 100 })
  })
})
