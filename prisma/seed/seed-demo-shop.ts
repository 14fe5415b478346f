// Writes one shop with its suppliers, customers and orders (order totals from demo-pricing.ts).
import { type Prisma } from '@/prisma/generated/client'
import { normalizeEmail } from '@/server/domain/customer-input'
import { priceOrder } from './demo-pricing'
import { type DemoOrder, type DemoShop, type DemoSupplier } from './demo-types'
import { type SeededOrder } from './seed-demo-return'
import { requireId, type Ago } from './seed-helpers'

type Tx = Prisma.TransactionClient

export type SeededShop = { shopId: string; orders: Map<string, SeededOrder> }

export async function createShop(
  tx: Tx,
  shop: DemoShop,
  suppliers: readonly DemoSupplier[],
  orders: readonly DemoOrder[],
  hubIds: ReadonlyMap<string, string>,
  ago: Ago,
): Promise<SeededShop> {
  const openedAt = ago(shop.createdDaysAgo)
  const { id: shopId } = await tx.shop.create({
    data: {
      slug: shop.slug,
      name: shop.name,
      brandPrimary: shop.brandPrimary,
      brandAccent: shop.brandAccent,
      logoUrl: shop.logoUrl,
      currency: shop.currency,
      locale: shop.locale,
      supportEmail: shop.supportEmail,
      createdAt: openedAt,
      updatedAt: openedAt,
    },
    select: { id: true },
  })

  const { version, effectiveFrom, ...document } = shop.policy
  await tx.returnPolicyVersion.create({
    data: { shopId, version, effectiveFrom: new Date(effectiveFrom), document: document as Prisma.InputJsonObject, createdAt: openedAt },
  })

  const supplierIds = new Map<string, string>()
  for (const supplier of suppliers) {
    const row = await tx.supplier.create({
      data: {
        shopId,
        code: supplier.code,
        name: supplier.name,
        country: supplier.country,
        returnHubId: supplier.returnHubCode === null ? null : requireId(hubIds, supplier.returnHubCode, 'hub'),
        createdAt: openedAt,
      },
      select: { id: true },
    })
    supplierIds.set(supplier.code, row.id)
  }

  // One customer per normalised email, created at their first order.
  const customerIds = new Map<string, string>()
  for (const order of orders) {
    const email = normalizeEmail(order.customer.email)
    if (customerIds.has(email)) continue
    const firstOrderDaysAgo = Math.max(...orders.filter((o) => normalizeEmail(o.customer.email) === email).map((o) => o.placedDaysAgo))
    const row = await tx.customer.create({
      data: { shopId, email, name: order.customer.name, createdAt: ago(firstOrderDaysAgo) },
      select: { id: true },
    })
    customerIds.set(email, row.id)
  }

  const seededOrders = new Map<string, SeededOrder>()
  for (const order of orders) {
    const priced = priceOrder(order)
    const email = normalizeEmail(order.customer.email)
    const address = order.customer.address
    const placedAt = ago(order.placedDaysAgo)
    const shippedAt = order.shippedDaysAgo === null ? null : ago(order.shippedDaysAgo)
    const deliveredAt = order.deliveredDaysAgo === null ? null : ago(order.deliveredDaysAgo)
    const paymentReference = `${shop.paymentReferencePrefix}${order.number}`
    const row = await tx.order.create({
      data: {
        shopId,
        customerId: requireId(customerIds, email, 'customer'),
        number: order.number,
        email,
        customerName: order.customer.name,
        shipName: address.name,
        shipLine1: address.line1,
        shipLine2: address.line2 ?? null,
        shipCity: address.city,
        shipRegion: address.region ?? null,
        shipPostcode: address.postcode,
        shipCountry: address.country,
        currency: order.currency,
        buyerType: 'consumer',
        pricesIncludeTax: order.tax.kind === 'included',
        placedAt,
        shippedAt,
        deliveredAt,
        paymentProvider: 'stripe',
        paymentReference,
        subtotalAmount: priced.subtotalAmount,
        discountAmount: priced.discountAmount,
        shippingAmount: priced.shippingAmount,
        taxAmount: priced.taxAmount,
        totalAmount: priced.totalAmount,
        capturedAmount: priced.totalAmount,
        createdAt: placedAt,
        updatedAt: deliveredAt ?? shippedAt ?? placedAt,
        // Positions start at 1, in the order the lines appear on the receipt.
        lines: {
          create: priced.lines.map(({ line, discountAmount, taxAmount }, index) => ({
            position: index + 1,
            sku: line.product.sku,
            title: line.product.title,
            variant: line.product.variant,
            imageUrl: `/demo/products/${line.product.image}.svg`,
            category: line.product.category,
            unitPrice: line.unitPrice,
            quantity: line.quantity,
            taxAmount,
            discountAmount,
            finalSale: line.finalSale ?? false,
            supplierId: requireId(supplierIds, line.product.supplierCode, 'supplier'),
          })),
        },
      },
      select: { id: true, customerId: true, lines: { select: { id: true, position: true }, orderBy: { position: 'asc' } } },
    })
    const lineIds = new Map(row.lines.map((l) => [l.position, l.id]))
    seededOrders.set(order.number, {
      id: row.id,
      customerId: row.customerId,
      currency: order.currency,
      paymentReference,
      lines: priced.lines.map((pricedLine, index) => ({ ...pricedLine, id: requireId(lineIds, index + 1, 'order line') })),
    })
  }
  return { shopId, orders: seededOrders }
}
