import { Prisma } from '@/prisma/generated/client'
import type { DbClient } from '@/server/database/prisma-client'
import {
  assertDateRange, type DateRange, type DimensionRow, DIMENSIONS, type Dimension, type DurationBucket, keepItSavings, type KeepItGroup,
  type MoneyTotals, NONE_KEY, type ReturnCell, refundTimes, rollUp, returnRate, type SalesCell, shopTally, summaryPlan, topReasonsByProduct, toMoneyTotals,
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
 * Everything on the analytics page for one shop and range. The database sums to small "cubes" (per
 * SKU, supplier, country, hub, reason, currency), read from per-day summaries kept by triggers (whole
 * days, as aligned blocks) plus the orders themselves for any partial day at the ends, so the cost
 * follows the number of SKUs and blocks, not of orders. The rollups and rates are pure functions
 * (server/domain/analytics).
 */
export async function loadShopAnalytics(db: DbClient, input: { shopId: string; range: DateRange }): Promise<ShopAnalytics> {
  assertDateRange(input.range)
  const { sales, returns, keepIt, fees, durations, suppliers, hubs } = await loadAnalyticsCubes(db, input.shopId, summaryPlan(input.range))

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

type Plan = ReturnType<typeof summaryPlan>

/**
 * The cubes for the blocks and raw edges of a plan. Exported so a test can check that the summaries
 * give exactly what the orders give (a plan of edges only reads no summary).
 */
export async function loadAnalyticsCubes(db: DbClient, shopId: string, plan: Plan) {
  // Summary rows of the plan's blocks (no supplier or hub is stored as '').
  const inBlocks = Prisma.sql`x.shop_id = ${shopId} AND (x.span, x.day) IN (SELECT * FROM unnest(${plan.blocks.map((b) => b.span)}::int[], ${plan.blocks.map((b) => b.day)}::date[]))`
  // Orders placed in the partial days at the ends, read as they are.
  const inEdges = plan.edges.length ? Prisma.join(plan.edges.map((edge) => Prisma.sql`(${ordersInRange(shopId, edge)})`), ' OR ') : Prisma.sql`FALSE`
  const [sales, returns, keepIt, fees, durations, suppliers, hubs] = await Promise.all([
    db.$queryRaw<(Omit<SalesCell, 'unitsSold'> & { unitsSold: bigint })[]>`
      SELECT sku, product, NULLIF(supplier_id, '') AS "supplierId", country, SUM(units)::bigint AS "unitsSold" FROM (
        SELECT x.sku, x.product, x.supplier_id, x.country, x.units_sold AS units FROM analytics_sales_blocks x WHERE ${inBlocks}
        UNION ALL
        SELECT ol.sku, ol.title, COALESCE(ol.supplier_id, ''), o.ship_country, ol.quantity
        FROM orders o JOIN order_lines ol ON ol.order_id = o.id
        WHERE ${inEdges}
      ) c GROUP BY sku, product, supplier_id, country`,
    db.$queryRaw<(Omit<ReturnCell, 'unitsReturned' | 'refundAmount'> & { unitsReturned: bigint; refundAmount: bigint })[]>`
      SELECT sku, product, NULLIF(supplier_id, '') AS "supplierId", country, NULLIF(hub_id, '') AS "hubId", reason, currency,
             SUM(units)::bigint AS "unitsReturned", SUM(amount)::bigint AS "refundAmount" FROM (
        SELECT x.sku, x.product, x.supplier_id, x.country, x.hub_id, x.reason, x.currency, x.units_returned AS units, x.refund_amount AS amount
        FROM analytics_return_blocks x WHERE ${inBlocks}
        UNION ALL
        SELECT ol.sku, ol.title, COALESCE(ol.supplier_id, ''), o.ship_country, COALESCE(r.hub_id, ''), ri.reason, r.currency, ri.quantity, ri.refund_amount
        FROM orders o
        JOIN return_requests r ON r.order_id = o.id
        JOIN return_items ri ON ri.return_id = r.id
        JOIN order_lines ol ON ol.id = ri.order_line_id
        WHERE (${inEdges}) AND ${COUNTED_RETURN}
      ) c GROUP BY sku, product, supplier_id, country, hub_id, reason, currency`,
    db.$queryRaw<{ currency: string; units: bigint; returns: bigint }[]>`
      SELECT currency, units, SUM(returns)::bigint AS returns FROM (
        SELECT x.currency, x.units, x.returns FROM analytics_keep_it_blocks x WHERE ${inBlocks}
        UNION ALL
        SELECT r.currency, u.units, 1
        FROM orders o
        JOIN return_requests r ON r.order_id = o.id
        JOIN LATERAL (SELECT SUM(ri.quantity) AS units FROM return_items ri WHERE ri.return_id = r.id) u ON true
        WHERE (${inEdges}) AND ${COUNTED_RETURN} AND r.keep_item AND u.units > 0
      ) c GROUP BY currency, units`,
    db.$queryRaw<{ currency: string; amount: bigint }[]>`
      SELECT currency, SUM(amount)::bigint AS amount FROM (
        SELECT x.currency, x.amount FROM analytics_fee_blocks x WHERE ${inBlocks}
        UNION ALL
        SELECT r.currency, r.fees_amount
        FROM orders o JOIN return_requests r ON r.order_id = o.id
        WHERE (${inEdges}) AND ${COUNTED_RETURN} AND r.fees_amount > 0
      ) c GROUP BY currency`,
    db.$queryRaw<{ hours: number; count: bigint }[]>`
      SELECT hours, SUM(refunds)::bigint AS count FROM (
        SELECT x.hours, x.refunds FROM analytics_refund_time_blocks x WHERE ${inBlocks}
        UNION ALL
        SELECT analytics_refund_hours(r.created_at, r.closed_at), 1
        FROM orders o JOIN return_requests r ON r.order_id = o.id
        WHERE (${inEdges}) AND r.status = 'refunded' AND r.closed_at IS NOT NULL
      ) c GROUP BY hours`,
    db.supplier.findMany({ where: { shopId }, select: { id: true, name: true } }),
    db.hub.findMany({ select: { id: true, name: true } }),
  ])
  return { sales, returns, keepIt, fees, durations, suppliers, hubs }
}
