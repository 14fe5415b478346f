import { prorate } from './amounts'
import { type OrderLineInput } from './order-types'

/** What the units cost the shopper: their price less their share of the order discount (and the tax share). */
export type Base = Readonly<{ items: number; discount: number; tax: number; value: number }>

export function baseOf(line: OrderLineInput, quantity: number): Base {
  const items = line.unitPrice.amount * quantity
  const discount = prorate(line.discountAmount.amount, line.quantity, line.returnedQuantity, quantity)
  const tax = prorate(line.taxAmount.amount, line.quantity, line.returnedQuantity, quantity)
  return { items, discount, tax, value: items - discount }
}
