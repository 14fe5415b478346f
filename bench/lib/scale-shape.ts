/**
 * The shape of a scale database: how many of each row, and the deterministic rules that place them,
 * shared by the generator (which writes them server-side) and the scenarios (which pick real keys).
 *   order i      → shop i % shops, number 100000 + ⌊i / shops⌋, customer i % customers
 *   return r     → order 5r + ⌊r / 10⌋ % 5 (one order in five has one, in every shop), rma R-B<r padded to 7>
 *   label        → every even return, tracking RT<r padded to 9>US
 *   staff        → shop k's admin is user bus_<k>
 */
export type ScaleShape = { orders: number; shops: number; customers: number; returns: number }

export function scaleShape(orders: number, shops: number): ScaleShape {
  // A customer orders four times on average; a multiple of the shop count keeps each customer in one shop.
  const customers = Math.max(shops, Math.ceil(orders / 4 / shops) * shops)
  return { orders, shops, customers, returns: Math.floor(orders / 5) }
}

export const shopId = (k: number) => `bsh_${k}`
export const shopSlug = (k: number) => `bench-${k}`
export const staffUserId = (k: number) => `bus_${k}`
export const orderNumber = (shape: ScaleShape, i: number) => String(100_000 + Math.floor(i / shape.shops))
export const customerEmail = (c: number) => `shopper${c}@example.com`
/** The order return r is for. */
export const returnOrder = (r: number) => 5 * r + (Math.floor(r / 10) % 5)
export const rma = (r: number) => `R-B${String(r).padStart(7, '0')}`
export const trackingNumber = (r: number) => `RT${String(r).padStart(9, '0')}US`

/** What an order i looks like to someone searching for it. */
export function orderKeys(shape: ScaleShape, i: number) {
  const shop = i % shape.shops
  return { shop, shopId: shopId(shop), shopSlug: shopSlug(shop), number: orderNumber(shape, i), email: customerEmail(i % shape.customers) }
}

/** The database holding a given shape (so a 20k run never reuses a 1M database). */
export const scaleDatabaseName = (shape: ScaleShape) => `roundtrip_scale_${shape.orders}_${shape.shops}`
/** Bump when the generator writes different rows, so an older database of the same size is regenerated. */
const GENERATOR_VERSION = 3
export const scaleMarker = (shape: ScaleShape) => `roundtrip bench scale v${GENERATOR_VERSION}: ${JSON.stringify(shape)}`
