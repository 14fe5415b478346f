import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { lookupOrder, ORDER_NOT_FOUND_MESSAGE } from './lookup-order'
import { loadOrderSummary } from './order-summary'

const db = connectTestDb()
const options = { minFailureMs: 120 }

async function failure(promise: Promise<unknown>) {
  const started = performance.now()
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  return { error, ms: performance.now() - started }
}

describe('looking up an order', () => {
  test('finds it by number and email, however the shopper typed them', async () => {
    const shop = await createShop(db)
    const order = await createOrder(db, shop, { number: '1001', email: 'ana.keller@example.com', lines: [{ title: 'Sweater', unitPrice: 8900 }] })
    await expect(lookupOrder(db, { shopSlug: shop.slug, orderNumber: ' #1001 ', email: ' Ana.Keller@Example.com ' }, options)).resolves.toEqual({
      shopId: shop.id,
      orderId: order.id,
      // Read in the same statement: exactly what loadOrderSummary gives.
      summary: await loadOrderSummary(db, order.id),
    })
  })

  test('gives the same answer, after at least the same time, for a wrong email and an unknown order', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: '2001', email: 'sam.lee@example.com', lines: [{ title: 'Jacket', unitPrice: 18000 }] })
    const wrongEmail = await failure(lookupOrder(db, { shopSlug: shop.slug, orderNumber: '2001', email: 'someone@example.com' }, options))
    const unknownOrder = await failure(lookupOrder(db, { shopSlug: shop.slug, orderNumber: '9999', email: 'sam.lee@example.com' }, options))
    for (const { error, ms } of [wrongEmail, unknownOrder]) {
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'ORDER_NOT_FOUND', userMessage: ORDER_NOT_FOUND_MESSAGE })
      expect(ms).toBeGreaterThanOrEqual(options.minFailureMs - 1)
    }
    expect(ORDER_NOT_FOUND_MESSAGE).toBe("We couldn't find an order with those details.")
  })

  test("is per shop: another shop's order with the same number is not found", async () => {
    const mine = await createShop(db)
    const theirs = await createShop(db)
    await createOrder(db, theirs, { number: '1001', email: 'jordan.park@example.com', lines: [{ title: 'Boots', unitPrice: 12000 }] })
    const { error } = await failure(lookupOrder(db, { shopSlug: mine.slug, orderNumber: '1001', email: 'jordan.park@example.com' }, options))
    expect(error).toMatchObject({ code: 'ORDER_NOT_FOUND' })
  })

  test('shows the items in order with their prices in the order currency', async () => {
    const shop = await createShop(db, { currency: 'GBP' })
    const order = await createOrder(db, shop, {
      number: '3001',
      email: 'oliver.smith@example.com',
      lines: [
        { title: 'Rain Jacket', unitPrice: 14500, variant: 'Size L / Navy' },
        { title: 'Wool Socks', unitPrice: 1200, quantity: 3 },
      ],
    })
    const summary = await loadOrderSummary(db, order.id)
    expect(summary.number).toBe('3001')
    expect(summary.lines.map((l) => [l.title, l.variant, l.quantity, l.unitPrice])).toEqual([
      ['Rain Jacket', 'Size L / Navy', 1, { amount: 14500, currency: 'GBP' }],
      ['Wool Socks', null, 3, { amount: 1200, currency: 'GBP' }],
    ])
  })
})
