import { money } from '@/server/domain/money'
import { DAY_MS } from './calendar'
import { type CustomerHistory, type OrderInput, type OrderLineInput } from './order-types'

// The ten demo orders of prisma/seed/demo-orders.ts as engine input, relative to `now`. The seed
// cannot be imported here (server/domain must not depend on prisma/), so the values are copied:
// prices, VAT (included for EUR/GBP, added for USD), the allocated 20% discount of 1010.

export const DEMO_ORDER_NUMBERS = ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009', '1010'] as const
export type DemoOrderNumber = (typeof DEMO_ORDER_NUMBERS)[number]

type Product = Readonly<{ sku: string; category: string; supplierCode: string }>
const SWEATER_M = { sku: 'KC-MCS-OAT-M', category: 'Knitwear', supplierCode: 'PT-KNIT' }
const SWEATER_S = { sku: 'KC-MCS-SGE-S', category: 'Knitwear', supplierCode: 'PT-KNIT' }
const BEANIE = { sku: 'KC-BNE-RST', category: 'Knitwear', supplierCode: 'PT-KNIT' }
const SCARF_CHARCOAL = { sku: 'KC-SCF-CHR', category: 'Knitwear', supplierCode: 'PT-KNIT' }
const SCARF_CAMEL = { sku: 'KC-SCF-CML', category: 'Knitwear', supplierCode: 'PT-KNIT' }
const TOTE = { sku: 'KC-TOTE-NAT', category: 'Bags', supplierCode: 'SZ-APPAREL' }
const JACKET = { sku: 'KC-SHL-NVY-L', category: 'Outerwear', supplierCode: 'SZ-APPAREL' }
const SHIRT = { sku: 'KC-LCS-SND-M', category: 'Shirts', supplierCode: 'SZ-APPAREL' }
const SOCKS = { sku: 'KC-SCK-OAT-ML', category: 'Accessories', supplierCode: 'SZ-APPAREL' }
const HOODIE = { sku: 'KC-HOD-HTH-M', category: 'Sweatshirts', supplierCode: 'SZ-APPAREL' }
const MUG = { sku: 'KC-MUG-SPK', category: 'Kitchen', supplierCode: 'GZ-HOME' }
const BOARD = { sku: 'KC-BAM-BRD-L', category: 'Kitchen', supplierCode: 'GZ-HOME' }
const APRON = { sku: 'KC-APR-OLV', category: 'Kitchen', supplierCode: 'GZ-HOME' }

type LineSpec = Readonly<{ product: Product; unitPrice: number; quantity?: number; tax?: number; discount?: number; finalSale?: boolean; returned?: number }>
type OrderSpec = Readonly<{
  country: string
  currency: 'EUR' | 'USD' | 'GBP'
  placed: number
  shipped: number | null
  delivered: number | null
  shipping?: number
  lines: readonly LineSpec[]
}>

const SPECS: Readonly<Record<DemoOrderNumber, OrderSpec>> = {
  '1001': {
    country: 'DE', currency: 'EUR', placed: 10.3, shipped: 9.1, delivered: 6,
    lines: [{ product: SWEATER_M, unitPrice: 8900, tax: 1421 }, { product: TOTE, unitPrice: 1900, tax: 303 }],
  },
  // Portland, Oregon: no sales tax; $7.95 shipping.
  '1002': { country: 'US', currency: 'USD', placed: 8.2, shipped: 6.9, delivered: 3, shipping: 795, lines: [{ product: JACKET, unitPrice: 17900 }] },
  '1003': {
    country: 'US', currency: 'USD', placed: 51.5, shipped: 50.2, delivered: 45, shipping: 795,
    lines: [{ product: SHIRT, unitPrice: 5800 }, { product: BEANIE, unitPrice: 3400 }],
  },
  // Austin, Texas: 8.25% sales tax on top.
  '1004': { country: 'US', currency: 'USD', placed: 12.6, shipped: 11.4, delivered: 5, lines: [{ product: SOCKS, unitPrice: 990, tax: 82 }] },
  '1005': {
    country: 'DE', currency: 'EUR', placed: 23.8, shipped: 22.5, delivered: 20,
    lines: [{ product: SCARF_CHARCOAL, unitPrice: 2900, tax: 463, finalSale: true }, { product: MUG, unitPrice: 1600, quantity: 2, tax: 511 }],
  },
  '1006': {
    country: 'FR', currency: 'EUR', placed: 14.4, shipped: 13.2, delivered: 10,
    lines: [{ product: BOARD, unitPrice: 3900, tax: 650 }, { product: APRON, unitPrice: 3200, tax: 533 }],
  },
  '1007': {
    country: 'GB', currency: 'GBP', placed: 16.1, shipped: 15, delivered: 12,
    lines: [{ product: BOARD, unitPrice: 3200, tax: 533 }, { product: MUG, unitPrice: 1400, quantity: 2, tax: 467 }],
  },
  '1008': {
    country: 'US', currency: 'USD', placed: 27.3, shipped: 26, delivered: 20,
    lines: [{ product: BEANIE, unitPrice: 3400, tax: 281, returned: 1 }, { product: MUG, unitPrice: 1600, quantity: 2, tax: 264, returned: 2 }],
  },
  '1009': {
    country: 'US', currency: 'USD', placed: 3.7, shipped: 2.2, delivered: null, shipping: 795,
    lines: [{ product: HOODIE, unitPrice: 7200 }, { product: MUG, unitPrice: 1600 }],
  },
  // 20% off €152.99 = €30.60, allocated 1780 / 900 / 380 over the lines.
  '1010': {
    country: 'FR', currency: 'EUR', placed: 7.9, shipped: 6.8, delivered: 4,
    lines: [
      { product: SWEATER_S, unitPrice: 8900, tax: 1187, discount: 1780 },
      { product: SCARF_CAMEL, unitPrice: 4499, tax: 600, discount: 900 },
      { product: TOTE, unitPrice: 1900, tax: 253, discount: 380 },
    ],
  },
}

const at = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString()

export function buildDemoOrder(number: DemoOrderNumber, now: Date): OrderInput {
  const spec = SPECS[number]
  const lines = spec.lines.map(
    (line, index): OrderLineInput => ({
      id: `${number}-${index + 1}`,
      sku: line.product.sku,
      category: line.product.category,
      supplierCode: line.product.supplierCode,
      unitPrice: money(line.unitPrice, spec.currency),
      quantity: line.quantity ?? 1,
      taxAmount: money(line.tax ?? 0, spec.currency),
      discountAmount: money(line.discount ?? 0, spec.currency),
      finalSale: line.finalSale ?? false,
      returnedQuantity: line.returned ?? 0,
    }),
  )
  return {
    id: `order-${number}`,
    number,
    currency: spec.currency,
    buyer: 'consumer',
    shipCountry: spec.country,
    placedAt: at(now, spec.placed),
    shippedAt: spec.shipped === null ? null : at(now, spec.shipped),
    deliveredAt: spec.delivered === null ? null : at(now, spec.delivered),
    pricesIncludeTax: spec.currency !== 'USD',
    shippingAmount: money(spec.shipping ?? 0, spec.currency),
    lines,
  }
}

/** The customer's history as the seed leaves it: Li returned all of order 1008 about 18 days ago. */
export function demoCustomerHistory(number: DemoOrderNumber, now: Date): CustomerHistory {
  const li = number === '1004' || number === '1008'
  return {
    blocked: false,
    pastReturns: li ? [at(now, 18.25)] : [],
    pastKeepIts: [],
    returnedSkus: li ? [BEANIE.sku, MUG.sku] : [],
  }
}

export const newCustomer: CustomerHistory = { blocked: false, pastReturns: [], pastKeepIts: [], returnedSkus: [] }
