import { randomBytes } from 'node:crypto'
import type { Db } from '@/server/database/prisma-client'
import { normalizeEmail } from '@/server/domain/customer-input'

const unique = () => randomBytes(4).toString('hex')

/** A shop of its own for one test, so tests never depend on each other's rows. */
export function createShop(db: Db, overrides: { slug?: string; name?: string; currency?: string } = {}) {
  const suffix = unique()
  return db.shop.create({
    data: {
      slug: overrides.slug ?? `shop-${suffix}`,
      name: overrides.name ?? `Test Shop ${suffix}`,
      brandPrimary: '#334155',
      brandAccent: '#f59e0b',
      currency: overrides.currency ?? 'EUR',
      locale: 'en',
    },
  })
}

type LineInput = { title: string; unitPrice: number; quantity?: number; variant?: string }

/** An order with its customer and lines; totals follow from the lines. */
export async function createOrder(
  db: Db,
  shop: { id: string; currency: string },
  input: { number: string; email: string; lines: LineInput[]; deliveredAt?: Date | null; placedAt?: Date },
) {
  const email = normalizeEmail(input.email)
  const customer = await db.customer.upsert({
    where: { shopId_email: { shopId: shop.id, email } },
    create: { shopId: shop.id, email },
    update: {},
  })
  const subtotal = input.lines.reduce((sum, line) => sum + line.unitPrice * (line.quantity ?? 1), 0)
  const placedAt = input.placedAt ?? new Date(Date.now() - 10 * 86_400_000)
  return db.order.create({
    data: {
      shopId: shop.id,
      customerId: customer.id,
      number: input.number,
      email,
      customerName: 'Test Shopper',
      shipName: 'Test Shopper',
      shipLine1: '1 Test Street',
      shipCity: 'Berlin',
      shipPostcode: '10115',
      shipCountry: 'DE',
      currency: shop.currency,
      placedAt,
      deliveredAt: input.deliveredAt === undefined ? new Date(placedAt.getTime() + 3 * 86_400_000) : input.deliveredAt,
      paymentReference: `pi_test_${unique()}`,
      subtotalAmount: subtotal,
      totalAmount: subtotal,
      capturedAmount: subtotal,
      lines: {
        create: input.lines.map((line, index) => ({
          position: index + 1,
          sku: `SKU-${index + 1}`,
          title: line.title,
          variant: line.variant ?? null,
          unitPrice: line.unitPrice,
          quantity: line.quantity ?? 1,
        })),
      },
    },
    include: { lines: true },
  })
}

/** Publishes a return policy for a shop; by default 30 days for everything, no fees. */
export function createPolicy(db: Db, shopId: string, document: Record<string, unknown> = { defaultRegion: { id: 'all', returnWindowDays: 30 } }) {
  return db.returnPolicyVersion.create({ data: { shopId, version: 1, effectiveFrom: new Date('2020-01-01T00:00:00Z'), document: document as object } })
}
