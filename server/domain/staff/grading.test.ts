import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { allowedDispositions, DISPOSITIONS, gradeItem, GRADES, inspectedRefund, refundBounds } from './grading'

const item = { due: 8900, quantity: 1, receivedQuantity: 1 }

describe('refund bounds by grade', () => {
  test('as described refunds exactly what is due, no adjustment', () => {
    expect(refundBounds('as_described', item)).toEqual({ min: 8900, max: 8900, adjustable: false, suggested: 8900 })
  })

  test('damage by the customer and missing parts allow 0 up to what is due', () => {
    for (const grade of ['damaged_by_customer', 'missing_parts'] as const) {
      expect(refundBounds(grade, item)).toEqual({ min: 0, max: 8900, adjustable: true, suggested: 4450 })
    }
  })

  test('a wrong item refunds nothing', () => {
    expect(refundBounds('wrong_item', item)).toEqual({ min: 0, max: 0, adjustable: false, suggested: 0 })
  })

  test('a short parcel counts only the units that arrived, rounding down', () => {
    expect(refundBounds('as_described', { due: 3200, quantity: 3, receivedQuantity: 2 }).max).toBe(2133)
    expect(refundBounds('as_described', { due: 3200, quantity: 3, receivedQuantity: 0 }).max).toBe(0)
    expect(refundBounds('damaged_by_customer', { due: 3200, quantity: 3, receivedQuantity: 0 }).adjustable).toBe(false)
  })

  test.each([
    { due: 100, quantity: 1, receivedQuantity: 2 },
    { due: 100, quantity: 1, receivedQuantity: -1 },
    { due: 100, quantity: 0, receivedQuantity: 0 },
    { due: 10.5, quantity: 1, receivedQuantity: 1 },
  ])('rejects impossible quantities and amounts %o', (bad) => {
    expect(() => refundBounds('as_described', bad)).toThrow(AppError)
  })

  test('every grade keeps the refund within 0..due for every received quantity', () => {
    for (const grade of GRADES) {
      for (let received = 0; received <= 4; received++) {
        const bounds = refundBounds(grade, { due: 9999, quantity: 4, receivedQuantity: received })
        expect(bounds.min).toBeGreaterThanOrEqual(0)
        expect(bounds.max).toBeLessThanOrEqual(9999)
        expect(bounds.suggested).toBeGreaterThanOrEqual(bounds.min)
        expect(bounds.suggested).toBeLessThanOrEqual(bounds.max)
      }
    }
  })
})

describe('grading an item', () => {
  test('only an as-described item may be restocked', () => {
    expect(allowedDispositions('as_described')).toEqual(DISPOSITIONS)
    for (const grade of GRADES.filter((g) => g !== 'as_described')) expect(allowedDispositions(grade)).not.toContain('restock')
    expect(() => gradeItem('Mug', item, { grade: 'damaged_by_customer', disposition: 'restock', refundAmount: 100 })).toThrow('Mug: an item graded damaged by customer cannot be restocked.')
  })

  test('as described takes the due amount; a different figure is refused', () => {
    expect(gradeItem('Mug', item, { grade: 'as_described', disposition: 'restock' })).toBe(8900)
    expect(gradeItem('Mug', item, { grade: 'as_described', disposition: 'restock', refundAmount: 8900 })).toBe(8900)
    expect(() => gradeItem('Mug', item, { grade: 'as_described', disposition: 'restock', refundAmount: 100 })).toThrow(AppError)
  })

  test('an adjustable grade needs an amount within bounds', () => {
    expect(() => gradeItem('Mug', item, { grade: 'missing_parts', disposition: 'refurbish' })).toThrow('Mug: enter the refund for this item (0 to 8900 in minor units).')
    expect(() => gradeItem('Mug', item, { grade: 'missing_parts', disposition: 'refurbish', refundAmount: 8901 })).toThrow(AppError)
    expect(() => gradeItem('Mug', item, { grade: 'missing_parts', disposition: 'refurbish', refundAmount: -1 })).toThrow(AppError)
    expect(gradeItem('Mug', item, { grade: 'missing_parts', disposition: 'refurbish', refundAmount: 0 })).toBe(0)
    expect(gradeItem('Mug', item, { grade: 'damaged_by_customer', disposition: 'dispose', refundAmount: 5000 })).toBe(5000)
  })
})

describe('the return refund after inspection', () => {
  test('adds the original shipping only when everything came back as described', () => {
    const full = [{ refundAmount: 8900, grade: 'as_described' as const, quantity: 1, receivedQuantity: 1 }]
    expect(inspectedRefund(full, 795)).toBe(9695)
    expect(inspectedRefund([...full, { refundAmount: 0, grade: 'wrong_item', quantity: 1, receivedQuantity: 1 }], 795)).toBe(8900)
    expect(inspectedRefund([{ refundAmount: 1600, grade: 'as_described', quantity: 2, receivedQuantity: 1 }], 795)).toBe(1600)
  })
})
