// Orders of the demo shop. Totals are not written here: demo-pricing.ts derives them from the lines
// (EUR/GBP prices include VAT; USD sales tax is added on top). Day offsets are relative to `now`.
import { ANA, CAMILLE, LI, OLIVER, SAM } from './demo-customers'
import { SALES_TAX_OR, SALES_TAX_TX_AUSTIN, VAT_DE, VAT_FR, VAT_GB } from './demo-pricing'
import { P } from './demo-products'
import { type DemoOrder } from './demo-types'

/** Flat US shipping to Oregon; Oregon has no sales tax, so shipping is untaxed too. */
const US_STANDARD_SHIPPING = 795

export const DEMO_ORDERS: readonly DemoOrder[] = [
  {
    number: '1001',
    customer: ANA,
    currency: 'EUR',
    tax: VAT_DE,
    shippingAmount: 0,
    placedDaysAgo: 10.3,
    shippedDaysAgo: 9.1,
    deliveredDaysAgo: 6,
    lines: [
      { product: P.merinoSweaterOatM, unitPrice: 8900, quantity: 1 },
      { product: P.canvasTote, unitPrice: 1900, quantity: 1 },
    ],
    demonstrates: 'Delivered 6 days ago; two returnable items (the happy path)',
  },
  {
    number: '1002',
    customer: SAM,
    currency: 'USD',
    tax: SALES_TAX_OR,
    shippingAmount: US_STANDARD_SHIPPING,
    placedDaysAgo: 8.2,
    shippedDaysAgo: 6.9,
    deliveredDaysAgo: 3,
    lines: [{ product: P.stormShellNavyL, unitPrice: 17900, quantity: 1 }],
    demonstrates: 'Delivered 3 days ago; a ~$180 jacket from the Shenzhen supplier (10% restocking fee)',
  },
  {
    number: '1003',
    customer: SAM,
    currency: 'USD',
    tax: SALES_TAX_OR,
    shippingAmount: US_STANDARD_SHIPPING,
    placedDaysAgo: 51.5,
    shippedDaysAgo: 50.2,
    deliveredDaysAgo: 45,
    lines: [
      { product: P.linenShirtSandM, unitPrice: 5800, quantity: 1 },
      { product: P.cableBeanieRust, unitPrice: 3400, quantity: 1 },
    ],
    demonstrates: 'Delivered 45 days ago: outside a 30-day window',
  },
  {
    number: '1004',
    customer: LI,
    currency: 'USD',
    tax: SALES_TAX_TX_AUSTIN,
    shippingAmount: 0,
    placedDaysAgo: 12.6,
    shippedDaysAgo: 11.4,
    deliveredDaysAgo: 5,
    lines: [{ product: P.crewSocksOat, unitPrice: 990, quantity: 1 }],
    demonstrates: 'A $9.90 accessory: below a keep-it threshold (refund without a return)',
  },
  {
    number: '1005',
    customer: ANA,
    currency: 'EUR',
    tax: VAT_DE,
    shippingAmount: 0,
    // Delivered 20 days ago: past the EU's legal 14 days, so the final-sale scarf is refused (unless faulty).
    placedDaysAgo: 23.8,
    shippedDaysAgo: 22.5,
    deliveredDaysAgo: 20,
    lines: [
      { product: P.lambswoolScarfCharcoal, unitPrice: 2900, quantity: 1, finalSale: true },
      { product: P.stonewareMug, unitPrice: 1600, quantity: 2 },
    ],
    demonstrates: 'A final-sale item (archive-sale scarf) next to a normal one',
  },
  {
    number: '1006',
    customer: CAMILLE,
    currency: 'EUR',
    tax: VAT_FR,
    shippingAmount: 0,
    placedDaysAgo: 14.4,
    shippedDaysAgo: 13.2,
    deliveredDaysAgo: 10,
    lines: [
      { product: P.bambooBoard, unitPrice: 3900, quantity: 1 },
      { product: P.linenApronOlive, unitPrice: 3200, quantity: 1 },
    ],
    demonstrates: 'Delivered 10 days ago: inside the EU 14-day withdrawal period; has the bamboo board (bad batch)',
  },
  {
    number: '1007',
    customer: OLIVER,
    currency: 'GBP',
    tax: VAT_GB,
    shippingAmount: 0,
    placedDaysAgo: 16.1,
    shippedDaysAgo: 15,
    deliveredDaysAgo: 12,
    lines: [
      { product: P.bambooBoard, unitPrice: 3200, quantity: 1 },
      { product: P.stonewareMug, unitPrice: 1400, quantity: 2 },
    ],
    demonstrates: 'A UK order in GBP (routes to Northampton); has the bamboo board (bad batch)',
  },
  {
    number: '1008',
    customer: LI,
    currency: 'USD',
    tax: SALES_TAX_TX_AUSTIN,
    shippingAmount: 0,
    placedDaysAgo: 27.3,
    shippedDaysAgo: 26,
    deliveredDaysAgo: 20,
    lines: [
      { product: P.cableBeanieRust, unitPrice: 3400, quantity: 1 },
      { product: P.stonewareMug, unitPrice: 1600, quantity: 2 },
    ],
    demonstrates: 'Already fully returned and refunded (see demo-returns.ts)',
  },
  {
    number: '1009',
    customer: SAM,
    currency: 'USD',
    tax: SALES_TAX_OR,
    shippingAmount: US_STANDARD_SHIPPING,
    placedDaysAgo: 3.7,
    shippedDaysAgo: 2.2,
    deliveredDaysAgo: null,
    lines: [
      { product: P.hoodieHeatherM, unitPrice: 7200, quantity: 1 },
      { product: P.stonewareMug, unitPrice: 1600, quantity: 1 },
    ],
    demonstrates: 'Shipped, not delivered yet: not returnable until it arrives',
  },
  {
    number: '1010',
    customer: CAMILLE,
    currency: 'EUR',
    tax: VAT_FR,
    orderDiscountBps: 2000,
    shippingAmount: 0,
    placedDaysAgo: 7.9,
    shippedDaysAgo: 6.8,
    deliveredDaysAgo: 4,
    lines: [
      { product: P.merinoSweaterSageS, unitPrice: 8900, quantity: 1 },
      { product: P.lambswoolScarfCamel, unitPrice: 4499, quantity: 1 },
      { product: P.canvasTote, unitPrice: 1900, quantity: 1 },
    ],
    demonstrates: 'Three items with a 20% order-level discount split across the lines',
  },
]
