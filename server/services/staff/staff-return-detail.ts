import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { type Explanation, explain, explainAll, type ReturnDecision } from '@/server/domain/policy'
import { nextStatuses } from '@/server/domain/return-lifecycle'
import { allowedDispositions, GRADES, refundBounds } from '@/server/domain/staff/grading'
import { isOutOfWindow, originalFee, windowEndsOn } from '@/server/domain/staff/overrides'
import { returnNotFound, rmaKey } from './staff-return'

const HISTORY_DAYS = 365

/** Everything an agent needs to decide on one return, in their shop only. */
export async function staffReturnDetail(db: Db, input: { staff: StaffIdentity; rma: string; now: Date }) {
  const r = await db.returnRequest.findUnique({
    where: { rma: rmaKey(input.rma) },
    include: {
      shop: { select: { id: true, name: true, slug: true } },
      hub: { select: { name: true, city: true } },
      order: { select: { id: true, number: true, email: true, customerName: true, shipCity: true, shipCountry: true, placedAt: true, deliveredAt: true, customer: { select: { id: true, blocked: true } } } },
      items: {
        include: {
          orderLine: { select: { title: true, variant: true, sku: true, imageUrl: true, position: true, supplier: { select: { name: true } } } },
          photos: { select: { id: true, width: true, height: true }, orderBy: { createdAt: 'asc' } },
        },
      },
      labels: { orderBy: { createdAt: 'desc' }, select: { trackingNumber: true, carrier: true, expiresAt: true, voidedAt: true, createdAt: true, hub: { select: { name: true } } } },
      refunds: { orderBy: { createdAt: 'asc' }, select: { id: true, amount: true, currency: true, status: true, createdAt: true, failureReason: true } },
      events: { orderBy: { id: 'asc' }, select: { id: true, type: true, fromStatus: true, toStatus: true, actorType: true, actorId: true, note: true, createdAt: true } },
      notes: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { email: true, name: true } } } },
      overrides: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, reason: true, before: true, after: true, createdAt: true, actor: { select: { email: true, name: true } } } },
    },
  })
  const membership = r ? input.staff.memberships.find((m) => m.shopId === r.shopId) : undefined
  if (!r || !membership) throw returnNotFound()

  const since = new Date(input.now.getTime() - HISTORY_DAYS * 86_400_000)
  const history = await db.returnRequest.findMany({
    where: { shopId: r.shopId, order: { customerId: r.order.customer.id }, createdAt: { gte: since }, id: { not: r.id } },
    orderBy: { createdAt: 'desc' },
    select: { rma: true, status: true, keepItem: true, createdAt: true, refundAmount: true, currency: true, order: { select: { number: true } } },
  })
  const staffIds = [...new Set(r.events.flatMap((e) => (e.actorType === 'staff' && e.actorId ? [e.actorId] : [])))]
  const staffNames = new Map((await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]))

  return {
    rma: r.rma,
    shop: r.shop,
    role: membership.role,
    status: r.status,
    nextStatuses: nextStatuses(r.status),
    resolution: r.resolution,
    keepItem: r.keepItem,
    createdAt: r.createdAt,
    attention: r.attentionReason ? { reason: r.attentionReason, at: r.attentionAt } : null,
    amounts: {
      currency: r.currency, items: r.itemsAmount, tax: r.taxAmount, discount: r.discountAmount, fees: r.feesAmount,
      originalFees: originalFee(r.decision, r.feesAmount), shippingRefund: r.shippingRefundAmount, refund: r.refundAmount,
    },
    order: { number: r.order.number, email: r.order.email, customerName: r.order.customerName, city: r.order.shipCity, country: r.order.shipCountry, placedAt: r.order.placedAt, deliveredAt: r.order.deliveredAt },
    hub: r.hub,
    items: r.items
      .sort((a, b) => a.orderLine.position - b.orderLine.position)
      .map((i) => ({
        id: i.id, title: i.orderLine.title, variant: i.orderLine.variant, sku: i.orderLine.sku, imageUrl: i.orderLine.imageUrl, supplier: i.orderLine.supplier?.name ?? null,
        quantity: i.quantity, receivedQuantity: i.receivedQuantity, reason: i.reason, subReason: i.subReason, note: i.note, grade: i.grade, disposition: i.disposition, refundAmount: i.refundAmount,
        photos: i.photos.map((p) => ({ id: p.id, url: `/api/portal/photos/${p.id}`, width: p.width, height: p.height })),
        grading: GRADES.map((grade) => ({ grade, bounds: refundBounds(grade, { due: i.refundAmount, quantity: i.quantity, receivedQuantity: i.receivedQuantity ?? i.quantity }), dispositions: allowedDispositions(grade) })),
      })),
    decision: describeDecision(r.decision),
    outOfWindow: isOutOfWindow(r.decision, input.now),
    windowEndsOn: windowEndsOn(r.decision),
    customer: {
      id: r.order.customer.id,
      blocked: r.order.customer.blocked,
      returns: history.map((h) => ({ rma: h.rma, status: h.status, keepItem: h.keepItem, createdAt: h.createdAt, orderNumber: h.order.number, refund: { amount: h.refundAmount, currency: h.currency } })),
      keepIts: history.filter((h) => h.keepItem).length,
    },
    labels: r.labels.map((l) => ({ ...l, hub: l.hub.name })),
    refunds: r.refunds,
    timeline: r.events.map((e) => ({ ...e, id: String(e.id), actor: e.actorType === 'staff' && e.actorId ? (staffNames.get(e.actorId) ?? 'staff') : e.actorType })),
    notes: r.notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, author: n.author.name ?? n.author.email })),
    overrides: r.overrides.map((o) => ({ id: o.id, kind: o.kind, reason: o.reason, before: o.before, after: o.after, createdAt: o.createdAt, actor: o.actor.email })),
  }
}

export type StaffReturnDetail = Awaited<ReturnType<typeof staffReturnDetail>>

/** The engine's decision in plain words (English: the console's language), as it was made. */
function describeDecision(stored: unknown) {
  const decision = stored as ReturnDecision | null
  if (!decision?.lines) return null
  const say = (list: readonly Explanation[] | undefined) => explainAll(list ?? [], 'en')
  return {
    policyVersion: decision.policyVersion,
    outcome: decision.outcome,
    keepIt: decision.keepIt,
    reviewReasons: decision.review?.reasons ?? [],
    notes: say(decision.notes),
    lines: decision.lines.map((line) => ({
      lineId: line.lineId, sku: line.sku, eligible: line.eligible, basis: line.basis, windowEndsOn: line.windowEndsOn,
      verdict: explain(line.explanation.code, line.explanation.params as never, 'en'),
      notes: say(line.notes),
    })),
  }
}
