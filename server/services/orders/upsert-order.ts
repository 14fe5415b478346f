import { AppError } from '@/server/app-error'
import type { Prisma } from '@/prisma/generated/client'
import { normalizeEmail, normalizeOrderNumber } from '@/server/domain/customer-input'
import type { OrderInput } from './order-input'

type Tx = Prisma.TransactionClient
export type UpsertedOrder = { orderId: string; number: string; created: boolean }

// Fields of a line that returns were priced from: once a return refers to the line, they are fixed.
const PRICED_FIELDS = ['sku', 'unitPrice', 'quantity', 'taxAmount', 'discountAmount'] as const

/**
 * Creates or replaces an order (by shop and normalised number) with its lines, inside the caller's
 * transaction, so a feed that sends the same order twice, or an update after fulfilment, leaves one
 * order. Totals follow from the lines. A line a return already refers to keeps its price and
 * quantity: changing them would change money already promised.
 */
export async function upsertOrder(tx: Tx, shopId: string, orderNumber: string, input: OrderInput): Promise<UpsertedOrder> {
  const number = normalizeOrderNumber(orderNumber)
  if (!/^[A-Z0-9][A-Z0-9._-]{0,63}$/.test(number)) {
    throw new AppError('INVALID_INPUT', { userMessage: `"${orderNumber}" is not an order number (letters, digits, ".", "_" and "-").`, details: { reason: 'invalid_order_number' } })
  }
  const email = normalizeEmail(input.email)
  const supplierIds = await resolveSuppliers(tx, shopId, input.lines.map((l) => l.supplierCode).filter((c): c is string => !!c))

  const subtotal = input.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0)
  const discount = input.lines.reduce((sum, l) => sum + l.discountAmount, 0)
  const tax = input.lines.reduce((sum, l) => sum + l.taxAmount, 0)
  const total = subtotal - discount + input.shippingAmount + (input.pricesIncludeTax ? 0 : tax)

  const customer = await tx.customer.upsert({
    where: { shopId_email: { shopId, email } },
    create: { shopId, email, name: input.customerName },
    update: {},
    select: { id: true },
  })
  const address = input.shippingAddress
  const fields = {
    customerId: customer.id,
    email,
    customerName: input.customerName,
    shipName: address.name,
    shipLine1: address.line1,
    shipLine2: address.line2 ?? null,
    shipCity: address.city,
    shipRegion: address.region ?? null,
    shipPostcode: address.postcode,
    shipCountry: address.country,
    currency: input.currency,
    buyerType: input.buyerType,
    pricesIncludeTax: input.pricesIncludeTax,
    placedAt: new Date(input.placedAt),
    shippedAt: input.shippedAt ? new Date(input.shippedAt) : null,
    deliveredAt: input.deliveredAt ? new Date(input.deliveredAt) : null,
    paymentProvider: input.payment.provider,
    paymentReference: input.payment.reference ?? null,
    subtotalAmount: subtotal,
    discountAmount: discount,
    shippingAmount: input.shippingAmount,
    taxAmount: tax,
    totalAmount: total,
    capturedAmount: input.payment.capturedAmount ?? total,
  }

  const existing = await tx.order.findUnique({
    where: { shopId_number: { shopId, number } },
    select: { id: true, currency: true, lines: { select: { id: true, position: true, sku: true, unitPrice: true, quantity: true, taxAmount: true, discountAmount: true, _count: { select: { returnItems: true } } } } },
  })
  const lines = input.lines.map((line, index) => ({
    position: index + 1,
    sku: line.sku,
    title: line.title,
    variant: line.variant ?? null,
    imageUrl: line.imageUrl ?? null,
    category: line.category ?? null,
    unitPrice: line.unitPrice,
    quantity: line.quantity,
    taxAmount: line.taxAmount,
    discountAmount: line.discountAmount,
    finalSale: line.finalSale,
    supplierId: line.supplierCode ? supplierIds.get(line.supplierCode)! : null,
  }))
  if (!existing) {
    const order = await tx.order.create({ data: { shopId, number, ...fields, lines: { create: lines } }, select: { id: true } })
    return { orderId: order.id, number, created: true }
  }

  const returned = existing.lines.filter((l) => l._count.returnItems > 0)
  if (returned.length > 0 && existing.currency !== input.currency) {
    throw conflict(number, 'The order has returns, so its currency cannot change.')
  }
  for (const old of returned) {
    const next = lines.find((l) => l.position === old.position)
    if (!next || PRICED_FIELDS.some((field) => next[field] !== old[field])) {
      throw conflict(number, `Line ${old.position} (${old.sku}) is part of a return: its SKU, price, quantity, tax and discount cannot change and it cannot be removed.`)
    }
  }
  await tx.order.update({ where: { id: existing.id }, data: fields })
  await tx.orderLine.deleteMany({ where: { orderId: existing.id, position: { gt: lines.length } } })
  for (const line of lines) {
    await tx.orderLine.upsert({
      where: { orderId_position: { orderId: existing.id, position: line.position } },
      create: { orderId: existing.id, ...line },
      update: line,
    })
  }
  return { orderId: existing.id, number, created: false }
}

async function resolveSuppliers(tx: Tx, shopId: string, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map()
  const rows = await tx.supplier.findMany({ where: { shopId, code: { in: [...new Set(codes)] } }, select: { id: true, code: true } })
  const ids = new Map(rows.map((r) => [r.code, r.id]))
  const unknown = [...new Set(codes)].filter((code) => !ids.has(code))
  if (unknown.length > 0) {
    throw new AppError('INVALID_INPUT', { userMessage: `Unknown supplier code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, details: { reason: 'unknown_supplier', codes: unknown } })
  }
  return ids
}

const conflict = (number: string, userMessage: string) => new AppError('CONFLICT', { userMessage: `Order ${number}: ${userMessage}`, details: { reason: 'order_line_in_return' } })
