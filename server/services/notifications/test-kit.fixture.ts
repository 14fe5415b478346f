import { randomUUID } from 'node:crypto'
import type { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { assertTransition, type ReturnStatus } from '@/server/domain/return-lifecycle'
import { createReturn } from '@/server/services/returns/create-return'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'

/** A shop with branding, a policy, an order and a submitted (auto-approved) return. */
export async function submittedReturn(db: Db, options: { locale?: string; email?: string; shopName?: string } = {}) {
  const shop = await createShop(db, { name: options.shopName })
  await db.shop.update({ where: { id: shop.id }, data: { brandPrimary: '#1f3a5f', brandAccent: '#ffd166', supportEmail: 'help@shop.example', logoUrl: '/demo/logo.svg' } })
  await createPolicy(db, shop.id)
  const order = await createOrder(db, shop, { number: `N-${randomUUID().slice(0, 6)}`, email: options.email ?? 'shopper@example.com', lines: [{ title: 'Merino Sweater', unitPrice: 8900, variant: 'M' }] })
  const created = await createReturn(db, {
    orderId: order.id,
    request: { resolution: 'refund', items: [{ lineId: order.lines[0]!.id, quantity: 1, reason: 'doesnt_fit' }] },
    idempotencyKey: randomUUID(),
    now: new Date(),
    locale: options.locale,
  })
  return { shop, order, returnId: created.id, rma: created.rma }
}

/**
 * Moves a return as another engineer's service would (staff action, carrier scan, refund): the status
 * and its timeline row in one transaction, and nothing else. The notifications must follow on their own.
 */
export async function moveReturn(db: Db, returnId: string, to: ReturnStatus, event: { note?: string; data?: Record<string, string> } = {}) {
  await db.$transaction(async (tx) => {
    const { status } = await tx.returnRequest.findUniqueOrThrow({ where: { id: returnId }, select: { status: true } })
    assertTransition(status, to)
    await tx.returnRequest.update({ where: { id: returnId }, data: { status: to } })
    if (to === 'label_issued') await tx.label.create({ data: await labelFor(tx, returnId) })
    await tx.returnEvent.create({ data: { returnId, type: 'status_changed', fromStatus: status, toStatus: to, actorType: 'staff', note: event.note, data: event.data } })
  })
}

/** The outbox rows about one return's order, oldest first. */
export function emailsTo(db: Db, recipient: string, shopId: string) {
  return db.outboxMessage.findMany({ where: { recipient, shopId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
}

/** A label as the label service would issue it, valid 28 days (or until `expiresAt`). */
export async function labelFor(tx: Prisma.TransactionClient, returnId: string, expiresAt = new Date(Date.now() + 28 * 86_400_000)) {
  const code = `hub-${randomUUID().slice(0, 8)}`
  const hub = await tx.hub.create({
    data: { code, name: 'Venlo Returns Hub', line1: '1 Hub Street', city: 'Venlo', postcode: '5928', country: 'NL', latitude: 51.37, longitude: 6.17, acceptsCountries: ['DE', 'NL'], carriers: ['hub-network'] },
  })
  const tracking = `RR${randomUUID().replace(/\D/g, '').padEnd(9, '0').slice(0, 9)}NL`
  return {
    returnId, hubId: hub.id, carrier: 'hub-network', trackingNumber: tracking, pdfKey: `labels/${tracking}.pdf`, slipKey: `labels/${tracking}-slip.pdf`,
    qrPayload: tracking, weightClass: 'S', costAmount: 500, costCurrency: 'EUR', expiresAt,
  }
}
