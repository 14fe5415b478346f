import { Prisma } from '@/prisma/generated/client'
import type { Db, DbClient } from '@/server/database/prisma-client'
import { CLAIMABLE_RETURN_STATUSES, isClaimable } from '@/server/domain/claims/claimable'
import { allocate } from '@/server/domain/money'

type Candidate = {
  returnItemId: string
  returnId: string
  supplierId: string
  currency: string
  reason: string
  grade: string | null
  quantity: number
  refundAmount: number
  labelCost: bigint
}

/**
 * Gathers every claimable returned item of the shop not yet in a claim into its supplier's open
 * claim for that currency (opening one if needed). Idempotent and safe to run concurrently: a
 * return item is in at most one claim (unique index), so a second run or a racing run adds nothing.
 */
export async function syncSupplierClaims(db: DbClient, input: { shopId: string; now: Date }): Promise<{ added: number }> {
  const candidates = await db.$queryRaw<Candidate[]>`
    SELECT ri.id AS "returnItemId", r.id AS "returnId", ol.supplier_id AS "supplierId", r.currency, ri.reason, ri.grade,
           COALESCE(ri.received_quantity, ri.quantity) AS quantity, ri.refund_amount AS "refundAmount",
           COALESCE((SELECT SUM(l.cost_amount) FROM labels l WHERE l.return_id = r.id AND l.voided_at IS NULL AND l.cost_currency = r.currency), 0) AS "labelCost"
    FROM return_requests r
    JOIN return_items ri ON ri.return_id = r.id
    JOIN order_lines ol ON ol.id = ri.order_line_id
    WHERE r.shop_id = ${input.shopId}
      AND r.status::text IN (${Prisma.join(CLAIMABLE_RETURN_STATUSES)})
      AND ol.supplier_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM supplier_claim_items ci WHERE ci.return_item_id = ri.id)
    ORDER BY r.created_at, ri.id`
  const claimable = candidates.filter((c) => isClaimable(c) && c.quantity > 0)
  if (claimable.length === 0) return { added: 0 }

  // The label is shared by the items that travelled in it, by units (whether or not they are claimed).
  const returnIds = [...new Set(claimable.map((c) => c.returnId))]
  const allItems = await db.returnItem.findMany({ where: { returnId: { in: returnIds } }, select: { id: true, returnId: true, quantity: true, receivedQuantity: true }, orderBy: { id: 'asc' } })
  const shipping = new Map<string, number>()
  for (const returnId of returnIds) {
    const items = allItems.filter((i) => i.returnId === returnId)
    const cost = Number(claimable.find((c) => c.returnId === returnId)!.labelCost)
    allocate(cost, items.map((i) => i.receivedQuantity ?? i.quantity)).forEach((share, index) => shipping.set(items[index]!.id, share))
  }

  let added = 0
  for (const group of groupBy(claimable, (c) => `${c.supplierId}:${c.currency}`)) {
    const { supplierId, currency } = group[0]!
    const openKey = `${supplierId}:${currency}`
    // ON CONFLICT rather than Prisma's upsert: two collections racing must both end up on the one open claim.
    await db.$executeRaw`
      INSERT INTO supplier_claims (id, shop_id, supplier_id, currency, status, open_key, created_at, updated_at)
      VALUES (gen_random_uuid()::text, ${input.shopId}, ${supplierId}, ${currency}, 'open', ${openKey}, ${input.now}, ${input.now})
      ON CONFLICT (open_key) DO NOTHING`
    const claim = await db.supplierClaim.findUniqueOrThrow({ where: { openKey }, select: { id: true } })
    const { count } = await db.supplierClaimItem.createMany({
      data: group.map((c) => ({ claimId: claim.id, returnItemId: c.returnItemId, quantity: c.quantity, refundAmount: c.refundAmount, shippingAmount: shipping.get(c.returnItemId) ?? 0, createdAt: input.now })),
      skipDuplicates: true,
    })
    added += count
  }
  return { added }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return [...groups.values()]
}

/** The `claims:sync` job: every shop, each in its own transaction. */
export async function syncAllSupplierClaims(db: Db, now: Date): Promise<number> {
  let added = 0
  for (const shop of await db.shop.findMany({ select: { id: true } })) {
    added += (await db.$transaction((tx) => syncSupplierClaims(tx, { shopId: shop.id, now }))).added
  }
  return added
}
