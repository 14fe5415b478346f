import { Prisma } from '@/prisma/generated/client'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { normalizeEmail } from '@/server/domain/customer-input'
import type { ReturnStatus } from '@/server/domain/return-lifecycle'
import { decodeCursor, encodeCursor, QUEUE_TAB_IDS, QUEUE_TABS, type QueueTab, tabOf } from '@/server/domain/staff/queue-tabs'
import { rmaKey } from './staff-return'
import { assertShopMember } from './shop-access'

export type QueueFilters = {
  search?: string | null
  reason?: string | null
  supplierId?: string | null
  hubId?: string | null
  country?: string | null
  /** Refund value range, minor units, inclusive. */
  minValue?: number | null
  maxValue?: number | null
}

export const QUEUE_PAGE_SIZE = 25

/**
 * One page of a queue tab, newest first, with keyset pagination on (created_at, id) so a page costs
 * the same however deep it is. Each condition maps to an index (see the staff console migration).
 */
export async function listQueue(db: Db, input: { staff: StaffIdentity; shopId: string; tab: QueueTab; filters: QueueFilters; cursor?: string | null; limit?: number }) {
  assertShopMember(input.staff, input.shopId)
  const limit = input.limit ?? QUEUE_PAGE_SIZE
  const after = decodeCursor(input.cursor)
  const rows = await db.returnRequest.findMany({
    where: {
      AND: [
        await filterWhere(db, input.shopId, input.filters),
        tabWhere(input.tab),
        // (created_at, id) < cursor. The first condition adds nothing to the meaning; it is the bound
        // the index scan starts from, where the OR alone would be checked row by row from the newest.
        after ? { createdAt: { lte: after.createdAt }, OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true, rma: true, status: true, resolution: true, keepItem: true, createdAt: true, refundAmount: true, currency: true, attentionReason: true,
      order: { select: { number: true, email: true, customerName: true, shipCountry: true } },
      hub: { select: { name: true } },
      items: { select: { quantity: true, reason: true, orderLine: { select: { title: true } } } },
    },
  })
  const page = rows.slice(0, limit)
  return {
    rows: page.map((r) => ({
      rma: r.rma, status: r.status, resolution: r.resolution, keepItem: r.keepItem, createdAt: r.createdAt, attention: r.attentionReason,
      refund: { amount: r.refundAmount, currency: r.currency },
      orderNumber: r.order.number, email: r.order.email, customerName: r.order.customerName, country: r.order.shipCountry, hub: r.hub?.name ?? null,
      items: r.items.map((i) => `${i.quantity} × ${i.orderLine.title}`),
      reasons: [...new Set(r.items.map((i) => i.reason))],
    })),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  }
}

/** How many returns each tab holds under the same search and filters. */
export async function queueCounts(db: Db, input: { staff: StaffIdentity; shopId: string; filters: QueueFilters }): Promise<Record<QueueTab, number>> {
  assertShopMember(input.staff, input.shopId)
  const counts = Object.fromEntries(QUEUE_TAB_IDS.map((tab) => [tab, 0])) as Record<QueueTab, number>
  const needsReview: readonly ReturnStatus[] = QUEUE_TABS.needs_review
  if (!hasFilters(input.filters)) {
    // Unfiltered (every queue visit): the counts the triggers keep per state and attention flag, a
    // few rows per shop instead of every return it ever had.
    const kept = await db.returnStatusCount.findMany({ where: { shopId: input.shopId }, select: { status: true, attention: true, count: true } })
    for (const k of kept) {
      counts[tabOf(k.status)] += k.count
      if (k.attention && !needsReview.includes(k.status)) counts.needs_review += k.count
    }
    return counts
  }
  const where = await filterWhere(db, input.shopId, input.filters)
  const groups = await db.returnRequest.groupBy({ by: ['status'], where, _count: { _all: true } })
  for (const g of groups) counts[tabOf(g.status)] += g._count._all
  // Returns flagged for attention (a dispute, a refused refund) also wait in "needs review".
  counts.needs_review += await db.returnRequest.count({
    where: { AND: [where, { attentionReason: { not: null } }, { status: { notIn: [...needsReview] } }] },
  })
  return counts
}

function hasFilters(f: QueueFilters): boolean {
  return Boolean(f.search?.trim() || f.reason || f.supplierId || f.hubId || f.country || f.minValue != null || f.maxValue != null)
}

/** A tab's returns; "needs review" also holds anything flagged for attention, whatever its state. */
function tabWhere(tab: QueueTab): Prisma.ReturnRequestWhereInput {
  const byStatus = { status: { in: [...QUEUE_TABS[tab]] } }
  return tab === 'needs_review' ? { OR: [byStatus, { attentionReason: { not: null } }] } : byStatus
}

/**
 * What can be filtered on in this shop: its suppliers, and the hubs, reasons and countries its returns
 * have. Those three come from return_filter_values, which triggers keep as returns and items are
 * written (see the queue_filter_values migration): a few rows per shop, where a DISTINCT over the
 * returns would read the shop's whole history. Each list is sorted as the database sorts it.
 */
export async function queueFilterOptions(db: Db, input: { staff: StaffIdentity; shopId: string }) {
  assertShopMember(input.staff, input.shopId)
  const [suppliers, values] = await Promise.all([
    db.supplier.findMany({ where: { shopId: input.shopId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.returnFilterValue.findMany({ where: { shopId: input.shopId }, select: { kind: true, value: true }, orderBy: { value: 'asc' } }),
  ])
  const of = (kind: string) => values.filter((v) => v.kind === kind).map((v) => v.value)
  // Hubs by name, the id breaking ties between namesakes.
  const hubs = await db.hub.findMany({ where: { id: { in: of('hub') } }, select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] })
  return { suppliers, hubs, reasons: of('reason'), countries: of('country') }
}

/**
 * Search matches whole values (an RMA, an order number, an email, a tracking number). Each is looked
 * up on its own index first and the search becomes a short list of return ids: as one OR over the
 * return's relations, the planner would test every return of the shop.
 */
async function filterWhere(db: Db, shopId: string, f: QueueFilters): Promise<Prisma.ReturnRequestWhereInput> {
  const q = f.search?.trim()
  return {
    shopId,
    ...(q ? { id: { in: await searchReturnIds(db, shopId, q) } } : {}),
    ...(f.reason ? { items: { some: { reason: f.reason } } } : {}),
    ...(f.supplierId ? { AND: [{ items: { some: { orderLine: { supplierId: f.supplierId } } } }] } : {}),
    ...(f.hubId ? { hubId: f.hubId } : {}),
    ...(f.country ? { order: { shipCountry: f.country.toUpperCase() } } : {}),
    ...(f.minValue != null || f.maxValue != null ? { refundAmount: { ...(f.minValue != null ? { gte: f.minValue } : {}), ...(f.maxValue != null ? { lte: f.maxValue } : {}) } } : {}),
  }
}

/** The shop's returns whose RMA, order number, customer email or any label's tracking number is `q`. */
async function searchReturnIds(db: Db, shopId: string, q: string): Promise<string[]> {
  const byEmail = q.includes('@')
    ? Prisma.sql`UNION SELECT r.id FROM orders o JOIN return_requests r ON r.order_id = o.id WHERE o.shop_id = ${shopId} AND o.email = ${normalizeEmail(q)}`
    : Prisma.empty
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM return_requests WHERE rma = ${rmaKey(q)} AND shop_id = ${shopId}
    UNION SELECT r.id FROM orders o JOIN return_requests r ON r.order_id = o.id WHERE o.shop_id = ${shopId} AND o.number = ${q.replace(/^#/, '')}
    ${byEmail}
    UNION SELECT r.id FROM labels l JOIN return_requests r ON r.id = l.return_id WHERE l.tracking_number = ${q.toUpperCase().replaceAll(' ', '')} AND r.shop_id = ${shopId}`
  return rows.map((r) => r.id)
}
