import { addToTotals, type MoneyTotals, toMoneyTotals } from './money-totals'
import { isWellAboveShopRate, returnRate, type Tally } from './return-rate'

/** Units sold, summed by the database per (SKU, product, supplier, country). */
export type SalesCell = { sku: string; product: string; supplierId: string | null; country: string; unitsSold: number }

/** Units returned and their refunds, per (SKU, product, supplier, country, hub, reason, currency). */
export type ReturnCell = {
  sku: string
  product: string
  supplierId: string | null
  country: string
  hubId: string | null
  reason: string
  currency: string
  unitsReturned: number
  refundAmount: number
}

export const DIMENSIONS = ['product', 'sku', 'supplier', 'reason', 'country', 'hub'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** Rows without a supplier or a hub (keep-it returns ship nowhere) are grouped under this key. */
export const NONE_KEY = '(none)'

export type DimensionRow = {
  key: string
  /** Units sold in the group; for reasons, all units sold (a reason's rate is its share of them); null for hubs. */
  unitsSold: number | null
  unitsReturned: number
  returnRate: number | null
  refundCost: MoneyTotals
  /** Products and suppliers only: return rate well above the shop's. */
  flagged: boolean
}

/** Which dimensions sales can be split by: a sale has no reason and no hub. */
const SALES_KEY: Partial<Record<Dimension, (cell: SalesCell) => string>> = {
  product: (c) => c.product,
  sku: (c) => c.sku,
  supplier: (c) => c.supplierId ?? NONE_KEY,
  country: (c) => c.country,
}

const RETURN_KEY: Record<Dimension, (cell: ReturnCell) => string> = {
  product: (c) => c.product,
  sku: (c) => c.sku,
  supplier: (c) => c.supplierId ?? NONE_KEY,
  reason: (c) => c.reason,
  country: (c) => c.country,
  hub: (c) => c.hubId ?? NONE_KEY,
}

const FLAGGABLE: ReadonlySet<Dimension> = new Set(['product', 'supplier'])

export function shopTally(sales: readonly SalesCell[], returns: readonly ReturnCell[]): Tally {
  return { unitsSold: sum(sales.map((c) => c.unitsSold)), unitsReturned: sum(returns.map((c) => c.unitsReturned)) }
}

/**
 * One row per value of the dimension, highest return rate first (then most units returned, then
 * key, so the order is stable). Groups with sales but no returns are listed too, at 0%.
 */
export function rollUp(dimension: Dimension, sales: readonly SalesCell[], returns: readonly ReturnCell[]): DimensionRow[] {
  const shop = shopTally(sales, returns)
  const salesKey = SALES_KEY[dimension]
  const sold = new Map<string, number>()
  if (salesKey) for (const cell of sales) sold.set(salesKey(cell), (sold.get(salesKey(cell)) ?? 0) + cell.unitsSold)

  const returned = new Map<string, { units: number; refunds: Map<string, number> }>()
  for (const cell of returns) {
    const key = RETURN_KEY[dimension](cell)
    const entry = returned.get(key) ?? { units: 0, refunds: new Map<string, number>() }
    entry.units += cell.unitsReturned
    addToTotals(entry.refunds, cell.currency, cell.refundAmount)
    returned.set(key, entry)
  }

  const keys = new Set([...sold.keys(), ...returned.keys()])
  const rows = [...keys].map((key): DimensionRow => {
    const unitsReturned = returned.get(key)?.units ?? 0
    const unitsSold = salesKey ? (sold.get(key) ?? 0) : dimension === 'reason' ? shop.unitsSold : null
    return {
      key,
      unitsSold,
      unitsReturned,
      returnRate: unitsSold === null ? null : returnRate(unitsReturned, unitsSold),
      refundCost: toMoneyTotals(returned.get(key)?.refunds ?? new Map()),
      flagged: FLAGGABLE.has(dimension) && unitsSold !== null && isWellAboveShopRate({ unitsSold, unitsReturned }, shop),
    }
  })
  return rows.sort((a, b) => (b.returnRate ?? -1) - (a.returnRate ?? -1) || b.unitsReturned - a.unitsReturned || compare(a.key, b.key))
}

/** The most common reasons per product, by units returned (ties by reason, for a stable order). */
export function topReasonsByProduct(returns: readonly ReturnCell[], limit = 3): { product: string; reasons: { reason: string; units: number }[] }[] {
  const byProduct = new Map<string, Map<string, number>>()
  for (const cell of returns) {
    const reasons = byProduct.get(cell.product) ?? new Map<string, number>()
    reasons.set(cell.reason, (reasons.get(cell.reason) ?? 0) + cell.unitsReturned)
    byProduct.set(cell.product, reasons)
  }
  return [...byProduct.entries()]
    .map(([product, reasons]) => ({
      product,
      total: sum([...reasons.values()]),
      reasons: [...reasons.entries()].map(([reason, units]) => ({ reason, units })).sort((a, b) => b.units - a.units || compare(a.reason, b.reason)).slice(0, limit),
    }))
    .sort((a, b) => b.total - a.total || compare(a.product, b.product))
    .map(({ product, reasons }) => ({ product, reasons }))
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
