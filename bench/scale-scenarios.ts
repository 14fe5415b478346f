/**
 * The queries measured at 1,000 orders and at --orders: one entry each, every one calling the
 * service its tRPC procedure calls (orders.lookup, console.queue / counts / filterOptions,
 * analytics.overview) with a Prisma client, as the procedure would with its context.
 */
import { loadStaffIdentity, type StaffIdentity } from '@/server/auth/staff-identity'
import { type Db } from '@/server/database/prisma-client'
import { rangeFromDays } from '@/server/domain/analytics'
import { encodeCursor, QUEUE_TAB_IDS, type QueueTab } from '@/server/domain/staff/queue-tabs'
import { loadShopAnalytics } from '@/server/services/analytics/load-analytics'
import { lookupOrder } from '@/server/services/orders/lookup-order'
import { listQueue, queueCounts, queueFilterOptions, type QueueFilters } from '@/server/services/staff/staff-queue'
import { staffShop } from '@/server/services/staff/staff-shop'
import { type ScaleShape, orderKeys, returnOrder, rma, shopId, shopSlug, staffUserId, trackingNumber } from './lib/scale-shape'

export type ScaleParams = { shape: ScaleShape; random: () => number; now: Date }

export type ScaleScenario = { name: string; run: (db: Db, p: ScaleParams) => Promise<unknown> }

const pick = (p: ScaleParams, n: number) => Math.floor(p.random() * n)
const anyShop = (p: ScaleParams) => pick(p, p.shape.shops)
const anyOrder = (p: ScaleParams) => orderKeys(p.shape, pick(p, p.shape.orders))
/** A return that exists. */
const anyReturn = (p: ScaleParams) => pick(p, Math.max(1, p.shape.returns))
const daysAgo = (p: ScaleParams, days: number) => new Date(p.now.getTime() - days * 86_400_000)

// The signed-in admin of each shop, as staffProcedure loads it per request; loaded once per shop
// here so the figures are the service's own work.
const identities = new WeakMap<Db, Map<number, Promise<StaffIdentity>>>()
function staffOf(db: Db, shop: number): Promise<StaffIdentity> {
  const known = identities.get(db) ?? new Map<number, Promise<StaffIdentity>>()
  identities.set(db, known)
  if (!known.has(shop)) {
    known.set(shop, loadStaffIdentity(db, staffUserId(shop)).then((staff) => staff ?? Promise.reject(new Error(`no staff user ${staffUserId(shop)}: regenerate the scale database`))))
  }
  return known.get(shop)!
}

const queuePage = (tab: QueueTab, keyset: boolean): ScaleScenario => ({
  name: `staff queue: ${tab.replace('_', ' ')}${tab === 'needs_review' ? ' (default tab)' : ''}, ${keyset ? 'keyset page' : 'first page'}`,
  run: async (db, p) => {
    const shop = anyShop(p)
    // A page somewhere in the shop's history: the cursor the previous page would have handed back.
    const cursor = keyset ? encodeCursor({ createdAt: daysAgo(p, 30 + pick(p, 300)), id: 'brr_~' }) : null
    return listQueue(db, { staff: await staffOf(db, shop), shopId: shopId(shop), tab, filters: {}, cursor })
  },
})

/** Typing a search into the queue: the default tab's list and the tab counts, both filtered, at once. */
const search = (name: string, find: (p: ScaleParams) => { shop: number; search: string }): ScaleScenario => ({
  name: `search by ${name} (list + counts)`,
  run: async (db, p) => {
    const { shop, search } = find(p)
    const staff = await staffOf(db, shop)
    const filters: QueueFilters = { search }
    return Promise.all([listQueue(db, { staff, shopId: shopId(shop), tab: 'needs_review', filters }), queueCounts(db, { staff, shopId: shopId(shop), filters })])
  },
})

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

export const SCALE_SCENARIOS: readonly ScaleScenario[] = [
  {
    name: 'orders.lookup service (found)',
    run: (db, p) => {
      const order = anyOrder(p)
      return lookupOrder(db, { shopSlug: order.shopSlug, orderNumber: order.number, email: order.email }, { minFailureMs: 0 })
    },
  },
  ...QUEUE_TAB_IDS.flatMap((tab) => [queuePage(tab, false), queuePage(tab, true)]),
  {
    name: 'staff queue: tab counts',
    run: async (db, p) => {
      const shop = anyShop(p)
      return queueCounts(db, { staff: await staffOf(db, shop), shopId: shopId(shop), filters: {} })
    },
  },
  {
    name: 'staff queue: filter options',
    run: async (db, p) => {
      const shop = anyShop(p)
      return queueFilterOptions(db, { staff: await staffOf(db, shop), shopId: shopId(shop) })
    },
  },
  search('RMA', (p) => {
    const r = anyReturn(p)
    return { shop: orderKeys(p.shape, returnOrder(r)).shop, search: rma(r) }
  }),
  search('order number', (p) => {
    const order = orderKeys(p.shape, returnOrder(anyReturn(p)))
    return { shop: order.shop, search: order.number }
  }),
  search('email', (p) => {
    const order = orderKeys(p.shape, returnOrder(anyReturn(p)))
    return { shop: order.shop, search: order.email }
  }),
  search('tracking number', (p) => {
    const r = 2 * Math.floor(anyReturn(p) / 2)
    return { shop: orderKeys(p.shape, returnOrder(r)).shop, search: trackingNumber(r) }
  }),
  {
    // analytics.overview as /admin/analytics calls it by default: the last 90 days up to today (dayRange).
    name: 'analytics overview, default 90 days',
    run: async (db, p) => {
      const shop = anyShop(p)
      const found = await staffShop(db, await staffOf(db, shop), shopSlug(shop))
      return loadShopAnalytics(db, { shopId: found.id, range: rangeFromDays(isoDay(daysAgo(p, 89)), isoDay(p.now)) })
    },
  },
]
