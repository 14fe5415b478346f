import { describe, expect, test } from 'vitest'
import { orderKeys, returnOrder, rma, scaleShape, trackingNumber } from './scale-shape'

describe('scaleShape', () => {
  test('the issue size: 1M orders, 200k returns, 50 shops, customers a multiple of the shops', () => {
    const shape = scaleShape(1_000_000, 50)
    expect(shape).toEqual({ orders: 1_000_000, shops: 50, customers: 250_000, returns: 200_000 })
  })
  test('every shop has customers even on a tiny database', () => {
    expect(scaleShape(60, 50).customers).toBe(50)
  })
  test('an order, its customer and its shop agree, and order numbers are unique within a shop', () => {
    const shape = scaleShape(20_000, 50)
    const seen = new Set<string>()
    for (let i = 0; i < shape.orders; i++) {
      const keys = orderKeys(shape, i)
      const customer = Number(/shopper(\d+)@/.exec(keys.email)![1])
      expect(customer % shape.shops).toBe(keys.shop)
      const key = `${keys.shopId}/${keys.number}`
      expect(seen.has(key)).toBe(false)
      seen.add(key)
    }
  })
  test('returns land on distinct orders of every shop', () => {
    const shape = scaleShape(20_000, 50)
    const orders = Array.from({ length: shape.returns }, (_, r) => returnOrder(r))
    expect(new Set(orders).size).toBe(shape.returns)
    expect(Math.max(...orders)).toBeLessThan(shape.orders)
    expect(new Set(orders.map((i) => orderKeys(shape, i).shop)).size).toBe(shape.shops)
  })
  test('RMAs and tracking numbers are fixed-width', () => {
    expect(rma(42)).toBe('R-B0000042')
    expect(trackingNumber(42)).toBe('RT000000042US')
  })
})
