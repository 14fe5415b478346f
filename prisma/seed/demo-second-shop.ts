// A second shop on the same instance. Its order 1001 shares its number with Kestrel's order 1001
// but has another email and other items: order lookups must be scoped to the shop.
import { parsePolicy } from '@/server/domain/policy'
import { SALES_TAX_CO_DENVER, SALES_TAX_WA_SEATTLE } from './demo-pricing'
import { type DemoCustomer, type DemoOrder, type DemoProduct, type DemoShop, type DemoSupplier } from './demo-types'

export const NORTHWIND_SHOP: DemoShop = {
  slug: 'northwind',
  name: 'Northwind Outfitters',
  brandPrimary: '#1d4ed8', // blue
  brandAccent: '#f97316', // orange
  logoUrl: null, // no logo on purpose: shows the text fallback
  currency: 'USD',
  locale: 'en-US',
  supportEmail: 'help@northwind.example.com',
  paymentReferencePrefix: 'pi_demo_northwind_',
  createdDaysAgo: 90,
  // A plain US policy written as a merchant would store it; every setting left out takes its default.
  policy: parsePolicy({
    version: 1,
    effectiveFrom: '2025-06-01T00:00:00Z',
    defaultRegion: { id: 'us', returnWindowDays: 60, returnShippingFee: { USD: 695 }, labelCostEstimate: { USD: 900 } },
    suppliers: [{ code: 'DN-OUTDOOR', acceptsReturns: true, returnWindowDays: 60 }],
  }),
}

export const NORTHWIND_SUPPLIER: DemoSupplier = {
  code: 'DN-OUTDOOR',
  name: 'Da Nang Outdoor Manufacturing JSC',
  country: 'VN',
  returnHubCode: null, // routing picks the nearest US hub
}

const NW = NORTHWIND_SUPPLIER.code
const daypack: DemoProduct = { sku: 'NW-DPK-22-SLT', title: 'Ridgeline Daypack 22 L', variant: 'Slate', category: 'Packs', image: 'daypack', supplierCode: NW }
const bottle: DemoProduct = { sku: 'NW-BTL-750-FOR', title: 'Insulated Bottle 750 ml', variant: 'Forest green', category: 'Hydration', image: 'water-bottle', supplierCode: NW }
const trailSocks: DemoProduct = { sku: 'NW-SCK-MRN-L', title: 'Merino Trail Socks', variant: 'Size L / Charcoal', category: 'Socks', image: 'crew-socks', supplierCode: NW }

const JORDAN: DemoCustomer = {
  email: 'jordan.park@example.com',
  name: 'Jordan Park',
  address: { name: 'Jordan Park', line1: '1720 Blake Street', line2: 'Unit 3', city: 'Denver', region: 'CO', postcode: '80202', country: 'US' },
}

const RILEY: DemoCustomer = {
  email: 'riley.chen@example.com',
  name: 'Riley Chen',
  address: { name: 'Riley Chen', line1: '905 Pine Street', line2: 'Apt 710', city: 'Seattle', region: 'WA', postcode: '98101', country: 'US' },
}

export const NORTHWIND_ORDERS: readonly DemoOrder[] = [
  {
    number: '1001',
    customer: JORDAN,
    currency: 'USD',
    tax: SALES_TAX_CO_DENVER,
    shippingAmount: 0,
    placedDaysAgo: 9.4,
    shippedDaysAgo: 8.3,
    deliveredDaysAgo: 5,
    lines: [
      { product: daypack, unitPrice: 7900, quantity: 1 },
      { product: bottle, unitPrice: 3200, quantity: 1 },
    ],
    demonstrates: 'Same number as Kestrel 1001, other shop, other email: lookups are per shop',
  },
  {
    number: '1002',
    customer: RILEY,
    currency: 'USD',
    tax: SALES_TAX_WA_SEATTLE,
    shippingAmount: 0,
    placedDaysAgo: 13.2,
    shippedDaysAgo: 12,
    deliveredDaysAgo: 9,
    lines: [
      { product: bottle, unitPrice: 3200, quantity: 2 },
      { product: trailSocks, unitPrice: 1800, quantity: 1 },
    ],
    demonstrates: 'A second Northwind order',
  },
]
