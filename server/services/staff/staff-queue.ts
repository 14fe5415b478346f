import type { Prisma } from '@/prisma/generated/client'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { normalizeEmail } from '@/server/domain/customer-input'
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
        filterWhere(input.shopId, input.filters),
        tabWhere(input.tab),
        after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
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
  const groups = await db.returnRequest.groupBy({ by: ['status'], where: filterWhere(input.shopId, input.filters), _count: { _all: true } })
  const counts = Object.fromEntries(QUEUE_TAB_IDS.map((tab) => [tab, 0])) as Record<QueueTab, number>
  for (const g of groups) counts[tabOf(g.status)] += g._count._all
  // Returns flagged for attention (a dispute, a refused refund) also wait in "needs review".
  counts.needs_review += await db.returnRequest.count({
    where: { AND: [filterWhere(input.shopId, input.filters), { attentionReason: { not: null } }, { status: { notIn: [...QUEUE_TABS.needs_review] } }] },
  })
  return counts
}

/** A tab's returns; "needs review" also holds anything flagged for attention, whatever its state. */
function tabWhere(tab: QueueTab): Prisma.ReturnRequestWhereInput {
  const byStatus = { status: { in: [...QUEUE_TABS[tab]] } }
  return tab === 'needs_review' ? { OR: [byStatus, { attentionReason: { not: null } }] } : byStatus
}

/** What can be filtered on in this shop: the reasons, suppliers, hubs and countries its returns have. */
export async function queueFilterOptions(db: Db, input: { staff: StaffIdentity; shopId: string }) {
  assertShopMember(input.staff, input.shopId)
  const [suppliers, hubs, reasons, countries] = await Promise.all([
    db.supplier.findMany({ where: { shopId: input.shopId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.hub.findMany({ where: { returns: { some: { shopId: input.shopId } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.returnItem.findMany({ where: { returnRequest: { shopId: input.shopId } }, distinct: ['reason'], select: { reason: true }, orderBy: { reason: 'asc' } }),
    db.order.findMany({ where: { shopId: input.shopId, returns: { some: {} } }, distinct: ['shipCountry'], select: { shipCountry: true }, orderBy: { shipCountry: 'asc' } }),
  ])
  return { suppliers, hubs, reasons: reasons.map((r) => r.reason), countries: countries.map((c) => c.shipCountry) }
}

/** Search matches whole values (an RMA, an order number, an email, a tracking number), so each hits an index. */
function filterWhere(shopId: string, f: QueueFilters): Prisma.ReturnRequestWhereInput {
  const q = f.search?.trim()
  return {
    shopId,
    ...(q
      ? {
          OR: [
            { rma: rmaKey(q) },
            { order: { shopId, number: q.replace(/^#/, '') } },
            ...(q.includes('@') ? [{ order: { shopId, email: normalizeEmail(q) } }] : []),
            { labels: { some: { trackingNumber: q.toUpperCase().replaceAll(' ', '') } } },
          ],
        }
      : {}),
    ...(f.reason ? { items: { some: { reason: f.reason } } } : {}),
    ...(f.supplierId ? { AND: [{ items: { some: { orderLine: { supplierId: f.supplierId } } } }] } : {}),
    ...(f.hubId ? { hubId: f.hubId } : {}),
    ...(f.country ? { order: { shipCountry: f.country.toUpperCase() } } : {}),
    ...(f.minValue != null || f.maxValue != null ? { refundAmount: { ...(f.minValue != null ? { gte: f.minValue } : {}), ...(f.maxValue != null ? { lte: f.maxValue } : {}) } } : {}),
  }
}
