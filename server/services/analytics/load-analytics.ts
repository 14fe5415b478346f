import type { DbClient } from '@/server/database/prisma-client'
import {
  assertDateRange, type DateRange, type DimensionRow, DIMENSIONS, type Dimension, type DurationBucket, keepItSavings, type KeepItGroup,
  type MoneyTotals, NONE_KEY, type ReturnCell, refundTimes, rollUp, returnRate, type SalesCell, shopTally, topReasonsByProduct, toMoneyTotals,
} from '@/server/domain/analytics'
import { COUNTED_RETURN, ordersInRange } from './analytics-scope'

export type AnalyticsRow = DimensionRow & { label: string }

export type ShopAnalytics = {
  range: DateRange
  shop: { unitsSold: number; unitsReturned: number; returnRate: number | null; refundCost: MoneyTotals }
  byDimension: Record<Dimension, AnalyticsRow[]>
  topReasons: ReturnType<typeof topReasonsByProduct>
  keepIt: ReturnType<typeof keepItSavings>
  feesRecovered: MoneyTotals
  refundTime: ReturnType<typeof refundTimes>
}

/**
 * Everything on the analytics page for one shop and range, in five aggregate queries. The database
 * sums to small "cubes" (per SKU, supplier, country, hub, reason, currency), whose size does not
 * grow with the number of orders; the rollups and rates are pure functions (server/domain/analytics).
 */
export async function loadShopAnalytics(db: DbClient, input: { shopId: string; range: DateRange }): Promise<ShopAnalytics> {
  assertDateRange(input.range)
  const scope = ordersInRange(input.shopId, input.range)
  const [sales, returns, keepIt, fees, durations, suppliers, hubs] = await Promise.all([
    db.$queryRaw<(Omit<SalesCell, 'unitsSold'> & { unitsSold: bigint })[]>`
      SELECT ol.sku, ol.title AS product, ol.supplier_id AS "supplierId", o.ship_country AS country, SUM(ol.quantity) AS "unitsSold"
      FROM orders o JOIN order_lines ol ON ol.order_id = o.id
      WHERE ${scope}
      GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<(Omit<ReturnCell, 'unitsReturned' | 'refundAmount'> & { unitsReturned: bigint; refundAmount: bigint })[]>`
      SELECT ol.sku, ol.title AS product, ol.supplier_id AS "supplierId", o.ship_country AS country, r.hub_id AS "hubId", ri.reason, r.currency,
             SUM(ri.quantity) AS "unitsReturned", SUM(ri.refund_amount) AS "refundAmount"
      FROM orders o
      JOIN return_requests r ON r.order_id = o.id
      JOIN return_items ri ON ri.return_id = r.id
      JOIN order_lines ol ON ol.id = ri.order_line_id
      WHERE ${scope} AND ${COUNTED_RETURN}
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    db.$queryRaw<{ currency: string; units: bigint; returns: bigint }[]>`
      SELECT r.currency, u.units, COUNT(*) AS returns
      FROM orders o
      JOIN return_requests r ON r.order_id = o.id
      JOIN LATERAL (SELECT SUM(ri.quantity) AS units FROM return_items ri WHERE ri.return_id = r.id) u ON true
      WHERE ${scope} AND ${COUNTED_RETURN} AND r.keep_item AND u.units > 0
      GROUP BY 1, 2`,
    db.$queryRaw<{ currency: string; amount: bigint }[]>`
      SELECT r.currency, SUM(r.fees_amount) AS amount
      FROM orders o JOIN return_requests r ON r.order_id = o.id
      WHERE ${scope} AND ${COUNTED_RETURN} AND r.fees_amount > 0
      GROUP BY 1`,
    db.$queryRaw<{ hours: number; count: bigint }[]>`
      SELECT CEIL(EXTRACT(EPOCH FROM (r.closed_at - r.created_at)) / 3600)::int AS hours, COUNT(*) AS count
      FROM orders o JOIN return_requests r ON r.order_id = o.id
      WHERE ${scope} AND r.status = 'refunded' AND r.closed_at IS NOT NULL
      GROUP BY 1`,
    db.supplier.findMany({ where: { shopId: input.shopId }, select: { id: true, name: true } }),
    db.hub.findMany({ select: { id: true, name: true } }),
  ])

  const salesCells: SalesCell[] = sales.map((c) => ({ ...c, unitsSold: Number(c.unitsSold) }))
  const returnCells: ReturnCell[] = returns.map((c) => ({ ...c, unitsReturned: Number(c.unitsReturned), refundAmount: Number(c.refundAmount) }))
  const names: Partial<Record<Dimension, Map<string, string>>> = {
    supplier: new Map([...suppliers.map((s) => [s.id, s.name] as const), [NONE_KEY, 'No supplier']]),
    hub: new Map([...hubs.map((h) => [h.id, h.name] as const), [NONE_KEY, 'No hub (kept or not shipped)']]),
  }
  const byDimension = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, rollUp(dimension, salesCells, returnCells).map((row) => ({ ...row, label: names[dimension]?.get(row.key) ?? row.key }))]),
  ) as Record<Dimension, AnalyticsRow[]>

  const tally = shopTally(salesCells, returnCells)
  const refunds = new Map<string, number>()
  for (const cell of returnCells) refunds.set(cell.currency, (refunds.get(cell.currency) ?? 0) + cell.refundAmount)
  const keepItGroups: KeepItGroup[] = keepIt.map((g) => ({ currency: g.currency, units: Number(g.units), returns: Number(g.returns) }))
  const buckets: DurationBucket[] = durations.map((d) => ({ hours: Math.max(0, d.hours), count: Number(d.count) }))

  return {
    range: input.range,
    shop: { ...tally, returnRate: returnRate(tally.unitsReturned, tally.unitsSold), refundCost: toMoneyTotals(refunds) },
    byDimension,
    topReasons: topReasonsByProduct(returnCells),
    keepIt: keepItSavings(keepItGroups),
    feesRecovered: toMoneyTotals(new Map(fees.map((f) => [f.currency, Number(f.amount)]))),
    refundTime: refundTimes(buckets),
  }
}
