/**
 * The queries measured at 1,000 orders and at --orders: one entry each.
 *
 * PENDING entries stand in for services that are being written on other branches (staff console:
 * `console`; analytics: `insights`). They run the obvious SQL those services will need; after merging,
 * point each at the real procedure (replace `sql` with `run` calling the service) and drop `pending`.
 */
import { type Db } from '@/server/database/prisma-client'
import { lookupOrder } from '@/server/services/orders/lookup-order'
import { type ScaleShape, orderKeys, rma, shopId, trackingNumber } from './lib/scale-shape'

export type ScaleParams = { shape: ScaleShape; random: () => number; now: Date }
type Sql = { text: string; values: unknown[] }

export type ScaleScenario = {
  name: string
  /** Which branch will own the real query; shown in the table until the scenario calls it. */
  pending?: string
} & ({ sql: (p: ScaleParams) => Sql } | { run: (db: Db, p: ScaleParams) => Promise<unknown> })

const pick = (p: ScaleParams, n: number) => Math.floor(p.random() * n)
const anyShop = (p: ScaleParams) => shopId(pick(p, p.shape.shops))
const anyOrder = (p: ScaleParams) => orderKeys(p.shape, pick(p, p.shape.orders))
/** A return that exists: every fifth order has one. */
const anyReturn = (p: ScaleParams) => pick(p, Math.max(1, p.shape.returns))
const daysAgo = (p: ScaleParams, days: number) => new Date(p.now.getTime() - days * 86_400_000)

const OPEN = ['requested', 'needs_review', 'approved', 'label_issued', 'in_transit', 'received', 'inspected', 'refund_pending']
const QUEUE_COLUMNS = 'rr.id, rr.rma, rr.status, rr.resolution, rr.refund_amount, rr.currency, rr.created_at, o.number, o.email'

export const SCALE_SCENARIOS: readonly ScaleScenario[] = [
  {
    name: 'orders.lookup service (found)',
    run: (db, p) => {
      const order = anyOrder(p)
      return lookupOrder(db, { shopSlug: order.shopSlug, orderNumber: order.number, email: order.email }, { minFailureMs: 0 })
    },
  },
  {
    name: 'staff queue: one status, first page',
    pending: 'console',
    sql: (p) => ({
      text: `SELECT ${QUEUE_COLUMNS} FROM return_requests rr JOIN orders o ON o.id = rr.order_id
             WHERE rr.shop_id = $1 AND rr.status = $2::"ReturnStatus" ORDER BY rr.created_at DESC, rr.id DESC LIMIT 50`,
      values: [anyShop(p), 'needs_review'],
    }),
  },
  {
    name: 'staff queue: one status, keyset page',
    pending: 'console',
    sql: (p) => ({
      text: `SELECT ${QUEUE_COLUMNS} FROM return_requests rr JOIN orders o ON o.id = rr.order_id
             WHERE rr.shop_id = $1 AND rr.status = $2::"ReturnStatus" AND (rr.created_at, rr.id) < ($3, $4)
             ORDER BY rr.created_at DESC, rr.id DESC LIMIT 50`,
      values: [anyShop(p), 'needs_review', daysAgo(p, 30 + pick(p, 300)), 'brr_~'],
    }),
  },
  {
    name: 'staff queue: all open, first page',
    pending: 'console',
    sql: (p) => ({
      text: `SELECT ${QUEUE_COLUMNS} FROM return_requests rr JOIN orders o ON o.id = rr.order_id
             WHERE rr.shop_id = $1 AND rr.status = ANY($2::"ReturnStatus"[]) ORDER BY rr.created_at DESC, rr.id DESC LIMIT 50`,
      values: [anyShop(p), OPEN],
    }),
  },
  {
    name: 'search by RMA',
    pending: 'console',
    sql: (p) => {
      const r = anyReturn(p)
      return { text: `SELECT ${QUEUE_COLUMNS} FROM return_requests rr JOIN orders o ON o.id = rr.order_id WHERE rr.shop_id = $1 AND rr.rma = $2`, values: [orderKeys(p.shape, r * 5).shopId, rma(r)] }
    },
  },
  {
    name: 'search by order number',
    pending: 'console',
    sql: (p) => {
      const order = anyOrder(p)
      return { text: `SELECT ${QUEUE_COLUMNS} FROM orders o JOIN return_requests rr ON rr.order_id = o.id WHERE o.shop_id = $1 AND o.number = $2`, values: [order.shopId, order.number] }
    },
  },
  {
    name: 'search by email',
    pending: 'console',
    sql: (p) => {
      const order = anyOrder(p)
      return {
        text: `SELECT ${QUEUE_COLUMNS} FROM orders o JOIN return_requests rr ON rr.order_id = o.id WHERE o.shop_id = $1 AND o.email = $2 ORDER BY rr.created_at DESC LIMIT 50`,
        values: [order.shopId, order.email],
      }
    },
  },
  {
    name: 'search by email prefix',
    pending: 'console',
    sql: (p) => {
      const order = anyOrder(p)
      return {
        text: `SELECT ${QUEUE_COLUMNS} FROM orders o JOIN return_requests rr ON rr.order_id = o.id WHERE o.shop_id = $1 AND o.email LIKE $2 ORDER BY rr.created_at DESC LIMIT 50`,
        values: [order.shopId, `${order.email.slice(0, 9)}%`],
      }
    },
  },
  {
    name: 'search by tracking number',
    pending: 'console',
    sql: (p) => {
      const r = 2 * Math.floor(anyReturn(p) / 2)
      return {
        text: `SELECT ${QUEUE_COLUMNS} FROM labels l JOIN return_requests rr ON rr.id = l.return_id JOIN orders o ON o.id = rr.order_id WHERE rr.shop_id = $1 AND l.tracking_number = $2`,
        values: [orderKeys(p.shape, r * 5).shopId, trackingNumber(r)],
      }
    },
  },
  {
    name: 'analytics: reasons, last 30 days',
    pending: 'insights',
    sql: (p) => ({
      text: `SELECT ri.reason, count(*) AS returns, sum(ri.refund_amount) AS amount FROM return_requests rr JOIN return_items ri ON ri.return_id = rr.id
             WHERE rr.shop_id = $1 AND rr.created_at >= $2 GROUP BY ri.reason ORDER BY returns DESC`,
      values: [anyShop(p), daysAgo(p, 30)],
    }),
  },
  {
    name: 'analytics: refunded per month',
    pending: 'insights',
    sql: (p) => ({
      text: `SELECT date_trunc('month', created_at) AS month, currency, count(*), sum(refund_amount) FROM return_requests
             WHERE shop_id = $1 AND status = 'refunded' AND created_at >= $2 GROUP BY 1, 2 ORDER BY 1`,
      values: [anyShop(p), daysAgo(p, 365)],
    }),
  },
  {
    name: 'analytics: return rate, 90 days',
    pending: 'insights',
    sql: (p) => ({
      text: `SELECT (SELECT count(*) FROM orders WHERE shop_id = $1 AND placed_at >= $2) AS orders,
                    (SELECT count(*) FROM return_requests WHERE shop_id = $1 AND created_at >= $2) AS returns`,
      values: [anyShop(p), daysAgo(p, 90)],
    }),
  },
]
