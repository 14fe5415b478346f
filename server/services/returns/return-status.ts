import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { money, type Money } from '@/server/domain/money'
import type { ReturnStatus } from '@/server/domain/return-lifecycle'
import { parseRma } from '@/server/domain/rma'
import { qrCodeSvg } from '@/server/integrations/labels'

export type ReturnStatusView = {
  rma: string
  status: ReturnStatus
  resolution: 'refund' | 'store_credit' | 'replacement' | 'exchange'
  keepItem: boolean
  createdAt: Date
  refund: Money
  items: { title: string; variant: string | null; imageUrl: string | null; quantity: number; reason: string }[]
  timeline: { status: ReturnStatus; at: Date }[]
  /** Money sent back so far (card refunds) and store credit issued: the answer to "when do I get paid?". */
  payouts: { kind: 'card'; amount: Money; state: 'on_its_way' | 'paid' | 'failed'; at: Date }[]
  storeCredit: { code: string; amount: Money; expiresAt: Date | null } | null
  /** The current label while the parcel has yet to be sent: what to print, or show at a drop-off point. */
  label: { trackingNumber: string; expiresAt: Date; hubName: string; hubCity: string; qrSvgDataUrl: string } | null
}

const NOT_FOUND = () => new AppError('RETURN_NOT_FOUND', { userMessage: "We couldn't find that return for your order." })

/** A return as its shopper sees it. Only returns of the shopper's own order are found at all. */
export async function returnStatus(db: Db, input: { orderId: string; rma: string }): Promise<ReturnStatusView> {
  const row = await db.returnRequest.findUnique({
    where: { rma: parseRma(input.rma) ?? input.rma },
    select: {
      orderId: true, rma: true, status: true, resolution: true, keepItem: true, createdAt: true, refundAmount: true, currency: true,
      items: { select: { quantity: true, reason: true, orderLine: { select: { title: true, variant: true, imageUrl: true, position: true } } } },
      events: { where: { toStatus: { not: null } }, orderBy: { id: 'asc' }, select: { toStatus: true, createdAt: true } },
      refunds: { where: { status: { not: 'cancelled' } }, orderBy: { createdAt: 'asc' }, select: { amount: true, currency: true, status: true, createdAt: true, succeededAt: true } },
      storeCredit: { select: { code: true, amount: true, currency: true, expiresAt: true } },
      labels: {
        where: { voidedAt: null },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { trackingNumber: true, expiresAt: true, qrPayload: true, hub: { select: { name: true, city: true } } },
      },
    },
  })
  // Another order's return is indistinguishable from one that does not exist.
  if (!row || row.orderId !== input.orderId) throw NOT_FOUND()
  return {
    rma: row.rma,
    status: row.status,
    resolution: row.resolution,
    keepItem: row.keepItem,
    createdAt: row.createdAt,
    refund: money(row.refundAmount, row.currency),
    items: row.items
      .sort((a, b) => a.orderLine.position - b.orderLine.position)
      .map((i) => ({ title: i.orderLine.title, variant: i.orderLine.variant, imageUrl: i.orderLine.imageUrl, quantity: i.quantity, reason: i.reason })),
    // Notes are internal (and in the staff's language); the shopper sees the steps and when they happened.
    timeline: row.events.map((e) => ({ status: e.toStatus!, at: e.createdAt })),
    payouts: row.refunds.map((r) => ({
      kind: 'card' as const,
      amount: money(r.amount, r.currency),
      state: r.status === 'succeeded' ? ('paid' as const) : r.status === 'failed' ? ('failed' as const) : ('on_its_way' as const),
      at: r.succeededAt ?? r.createdAt,
    })),
    storeCredit: row.storeCredit ? { code: row.storeCredit.code, amount: money(row.storeCredit.amount, row.storeCredit.currency), expiresAt: row.storeCredit.expiresAt } : null,
    label: labelView(row.status, row.labels[0]),
  }
}

/** A return of the shopper's own order, by RMA; anything else is "not found". */
export async function findShopperReturn(db: Db, input: { orderId: string; rma: string }): Promise<{ id: string }> {
  const found = await db.returnRequest.findUnique({ where: { rma: parseRma(input.rma) ?? input.rma }, select: { id: true, orderId: true } })
  if (!found || found.orderId !== input.orderId) throw NOT_FOUND()
  return { id: found.id }
}

/** The returns already made for an order, newest first, so a shopper can find them again. */
export async function returnsForOrder(db: Db, orderId: string) {
  return db.returnRequest.findMany({ where: { orderId }, orderBy: { createdAt: 'desc' }, select: { rma: true, status: true, createdAt: true } })
}

function labelView(
  status: ReturnStatus,
  label: { trackingNumber: string; expiresAt: Date; qrPayload: string; hub: { name: string; city: string } } | undefined,
): ReturnStatusView['label'] {
  if (!label || status !== 'label_issued') return null
  const svg = qrCodeSvg(label.qrPayload)
  return {
    trackingNumber: label.trackingNumber,
    expiresAt: label.expiresAt,
    hubName: label.hub.name,
    hubCity: label.hub.city,
    qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  }
}
