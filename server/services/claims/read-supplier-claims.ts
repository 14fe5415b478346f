import { AppError } from '@/server/app-error'
import type { DbClient } from '@/server/database/prisma-client'

export type ClaimSummary = {
  id: string
  supplierName: string
  supplierCode: string
  currency: string
  status: 'open' | 'sent' | 'settled'
  items: number
  units: number
  refundAmount: number
  shippingAmount: number
  claimedAmount: number
  recoveredAmount: number | null
  createdAt: Date
  sentAt: Date | null
  settledAt: Date | null
}

/** The shop's claims, open ones first, then newest. */
export async function listSupplierClaims(db: DbClient, input: { shopId: string }): Promise<ClaimSummary[]> {
  const rows = await db.$queryRaw<(Omit<ClaimSummary, 'items' | 'units' | 'refundAmount' | 'shippingAmount' | 'claimedAmount'> & { items: bigint; units: bigint; refundAmount: bigint; shippingAmount: bigint })[]>`
    SELECT c.id, s.name AS "supplierName", s.code AS "supplierCode", c.currency, c.status::text AS status, c.recovered_amount AS "recoveredAmount",
           c.created_at AS "createdAt", c.sent_at AS "sentAt", c.settled_at AS "settledAt",
           COUNT(ci.id) AS items, COALESCE(SUM(ci.quantity), 0) AS units,
           COALESCE(SUM(ci.refund_amount), 0) AS "refundAmount", COALESCE(SUM(ci.shipping_amount), 0) AS "shippingAmount"
    FROM supplier_claims c
    JOIN suppliers s ON s.id = c.supplier_id
    LEFT JOIN supplier_claim_items ci ON ci.claim_id = c.id
    WHERE c.shop_id = ${input.shopId}
    GROUP BY c.id, s.name, s.code
    ORDER BY (c.status = 'open') DESC, c.created_at DESC, c.id`
  return rows.map((r) => {
    const refundAmount = Number(r.refundAmount)
    const shippingAmount = Number(r.shippingAmount)
    return { ...r, items: Number(r.items), units: Number(r.units), refundAmount, shippingAmount, claimedAmount: refundAmount + shippingAmount }
  })
}

export type ClaimLine = {
  returnItemId: string
  rma: string
  orderNumber: string
  requestedAt: Date
  sku: string
  title: string
  variant: string | null
  reason: string
  grade: string | null
  note: string | null
  quantity: number
  refundAmount: number
  shippingAmount: number
  photoIds: string[]
}

/** One claim with its items (and their evidence photos), if it belongs to the shop. */
export async function readSupplierClaim(db: DbClient, input: { shopId: string; claimId: string }): Promise<{ claim: ClaimSummary; lines: ClaimLine[] }> {
  const claim = (await listSupplierClaims(db, { shopId: input.shopId })).find((c) => c.id === input.claimId)
  if (!claim) throw new AppError('CLAIM_NOT_FOUND', { userMessage: 'There is no such claim in this shop.' })
  const items = await db.supplierClaimItem.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: 'asc' } })
  const returnItems = await db.returnItem.findMany({
    where: { id: { in: items.map((i) => i.returnItemId) } },
    select: {
      id: true, reason: true, grade: true, note: true,
      returnRequest: { select: { rma: true, createdAt: true, order: { select: { number: true } } } },
      orderLine: { select: { sku: true, title: true, variant: true } },
      photos: { select: { id: true }, orderBy: { createdAt: 'asc' } },
    },
  })
  const byId = new Map(returnItems.map((r) => [r.id, r]))
  const lines = items.map((item): ClaimLine => {
    const source = byId.get(item.returnItemId)!
    return {
      returnItemId: item.returnItemId, rma: source.returnRequest.rma, orderNumber: source.returnRequest.order.number, requestedAt: source.returnRequest.createdAt,
      sku: source.orderLine.sku, title: source.orderLine.title, variant: source.orderLine.variant, reason: source.reason, grade: source.grade, note: source.note,
      quantity: item.quantity, refundAmount: item.refundAmount, shippingAmount: item.shippingAmount, photoIds: source.photos.map((p) => p.id),
    }
  })
  return { claim, lines }
}
