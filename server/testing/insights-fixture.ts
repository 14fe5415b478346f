import type { Db } from '@/server/database/prisma-client'
import { syncSupplierClaims } from '@/server/services/claims/sync-supplier-claims'
import { markClaimSent } from '@/server/services/claims/update-supplier-claim'
import { createOrder, createShop } from './factories'
import { createReturnFixture } from './returns-fixture'

/**
 * A shop with two suppliers whose faulty items were refunded: one open claim, one already sent.
 * Staff identities for its agent and admin, and an admin of another shop.
 */
export async function insightsFixture(db: Db) {
  const shop = await createShop(db)
  const other = await createShop(db)
  const [mugs, boards] = await Promise.all([
    db.supplier.create({ data: { shopId: shop.id, code: 'MUGS', name: 'Mug Works', country: 'CN' } }),
    db.supplier.create({ data: { shopId: shop.id, code: 'BOARDS', name: 'Board Co', country: 'CN' } }),
  ])
  const order = await createOrder(db, shop, { number: 'F-1', email: 'f@example.com', lines: [{ title: 'Mug', unitPrice: 1600, quantity: 2 }, { title: 'Board', unitPrice: 3900 }] })
  const [mugLine, boardLine] = order.lines
  await db.orderLine.update({ where: { id: mugLine!.id }, data: { supplierId: mugs.id, sku: 'MUG' } })
  await db.orderLine.update({ where: { id: boardLine!.id }, data: { supplierId: boards.id, sku: 'BOARD' } })
  await createReturnFixture(db, {
    shopId: shop.id, orderId: order.id, currency: 'EUR', status: 'refunded',
    items: [{ orderLineId: mugLine!.id, quantity: 1, reason: 'damaged', refundAmount: 1600 }, { orderLineId: boardLine!.id, quantity: 1, reason: 'defective', refundAmount: 3900 }],
  })
  const now = new Date()
  await db.$transaction((tx) => syncSupplierClaims(tx, { shopId: shop.id, now }))
  const claims = await db.supplierClaim.findMany({ where: { shopId: shop.id } })
  const openClaim = claims.find((c) => c.supplierId === mugs.id)!
  const sentClaim = claims.find((c) => c.supplierId === boards.id)!
  await markClaimSent(db, { shopId: shop.id, claimId: sentClaim.id, actorId: 'setup', now })
  const member = (role: 'agent' | 'admin', shopId = shop.id) => ({ userId: `${role}-${shopId}`, email: `${role}@example.com`, memberships: [{ shopId, role }] })
  return {
    shop, other, order, openClaimId: openClaim.id, sentClaimId: sentClaim.id,
    agent: member('agent'), admin: member('admin'), otherAdmin: member('admin', other.id),
  }
}
