import type { Db } from '@/server/database/prisma-client'
import { normalizeEmail, normalizeOrderNumber } from '@/server/domain/customer-input'

/** Orders of one shop by number prefix or email, newest first, for choosing which to link to. */
export async function findOrdersForLinks(db: Db, shopId: string, query: string) {
  const number = normalizeOrderNumber(query)
  const email = normalizeEmail(query)
  return db.order.findMany({
    where: { shopId, ...(query ? { OR: [{ number: { startsWith: number } }, { email: { startsWith: email } }] } : {}) },
    orderBy: { placedAt: 'desc' },
    take: 20,
    select: { number: true, email: true, customerName: true, placedAt: true, currency: true, totalAmount: true },
  })
}
