import { Prisma } from '@/prisma/generated/client'
import type { DateRange } from '@/server/domain/analytics'

/** Returns that count: a rejected, cancelled or expired request returned nothing. */
export const COUNTED_RETURN = Prisma.sql`r.status NOT IN ('rejected', 'cancelled', 'expired')`

/** The cohort every figure is about: the shop's orders placed in the range (uses orders(shop_id, placed_at)). */
export function ordersInRange(shopId: string, range: DateRange) {
  return Prisma.sql`o.shop_id = ${shopId} AND o.placed_at >= ${range.from} AND o.placed_at < ${range.to}`
}
