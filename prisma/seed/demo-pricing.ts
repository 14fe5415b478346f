// Order arithmetic for the demo data, so every seeded order adds up to the cent.
//
// The rule (the same one the refund calculator relies on):
//   line gross      = unitPrice × quantity
//   line discount   = its own promotion + its share of any order-level discount (split with `allocate`)
//   line tax        = VAT contained in (gross − discount)      for tax-inclusive prices (EUR, GBP)
//                   = sales tax on (gross − discount)          for tax-exclusive prices (USD)
//   subtotalAmount  = Σ line gross
//   discountAmount  = Σ line discount
//   taxAmount       = Σ line tax
//   totalAmount     = subtotal − discount + shipping           (+ taxAmount only when tax is added)
//   capturedAmount  = totalAmount
// Tax is charged on the lines only, so demo orders with a shipping charge are the ones where shipping
// is not taxed (Oregon has no sales tax); the other demo orders ship free.
import { allocate } from '@/server/domain/money'
import { type DemoLine, type DemoOrder, type TaxRule } from './demo-types'

export const VAT_DE: TaxRule = { kind: 'included', rateBps: 1900, label: 'DE VAT 19% (included)' }
export const VAT_FR: TaxRule = { kind: 'included', rateBps: 2000, label: 'FR VAT 20% (included)' }
export const VAT_GB: TaxRule = { kind: 'included', rateBps: 2000, label: 'UK VAT 20% (included)' }
export const SALES_TAX_OR: TaxRule = { kind: 'added', rateBps: 0, label: 'Oregon: no sales tax' }
export const SALES_TAX_TX_AUSTIN: TaxRule = { kind: 'added', rateBps: 825, label: 'Austin, TX sales tax 8.25%' }
export const SALES_TAX_CO_DENVER: TaxRule = { kind: 'added', rateBps: 881, label: 'Denver, CO sales tax 8.81%' }
export const SALES_TAX_WA_SEATTLE: TaxRule = { kind: 'added', rateBps: 1035, label: 'Seattle, WA sales tax 10.35%' }

export type PricedLine = Readonly<{ line: DemoLine; gross: number; discountAmount: number; taxAmount: number; paid: number }>

export type PricedOrder = Readonly<{
  lines: readonly PricedLine[]
  subtotalAmount: number
  discountAmount: number
  shippingAmount: number
  taxAmount: number
  totalAmount: number
}>

/** Rounds a non-negative integer ratio half up, exactly. */
function divideRounded(numerator: number, denominator: number): number {
  return Number((2n * BigInt(numerator) + BigInt(denominator)) / (2n * BigInt(denominator)))
}

export function lineTax(net: number, rule: TaxRule): number {
  return rule.kind === 'included'
    ? divideRounded(net * rule.rateBps, 10_000 + rule.rateBps)
    : divideRounded(net * rule.rateBps, 10_000)
}

export function priceOrder(order: DemoOrder): PricedOrder {
  const grosses = order.lines.map((line) => line.unitPrice * line.quantity)
  const lineDiscounts = order.lines.map((line) => line.discount ?? 0)
  const afterLineDiscounts = grosses.map((gross, i) => gross - (lineDiscounts[i] ?? 0))
  const orderDiscount = divideRounded(afterLineDiscounts.reduce((a, b) => a + b, 0) * (order.orderDiscountBps ?? 0), 10_000)
  const shares = allocate(orderDiscount, afterLineDiscounts)

  const lines = order.lines.map((line, i): PricedLine => {
    const gross = grosses[i] ?? 0
    const discountAmount = (lineDiscounts[i] ?? 0) + (shares[i] ?? 0)
    const taxAmount = lineTax(gross - discountAmount, order.tax)
    const paid = gross - discountAmount + (order.tax.kind === 'added' ? taxAmount : 0)
    return { line, gross, discountAmount, taxAmount, paid }
  })
  const total = (pick: (l: PricedLine) => number) => lines.reduce((sum, l) => sum + pick(l), 0)
  const subtotalAmount = total((l) => l.gross)
  const discountAmount = total((l) => l.discountAmount)
  const taxAmount = total((l) => l.taxAmount)
  const totalAmount = subtotalAmount - discountAmount + order.shippingAmount + (order.tax.kind === 'added' ? taxAmount : 0)
  return { lines, subtotalAmount, discountAmount, shippingAmount: order.shippingAmount, taxAmount, totalAmount }
}
