import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { assertClaimTransition, assertRecoveredAmount, type ClaimStatus } from '@/server/domain/claims/claimable'

async function lockClaim(tx: Parameters<Parameters<Db['$transaction']>[0]>[0], shopId: string, claimId: string) {
  const [claim] = await tx.$queryRaw<{ id: string; status: ClaimStatus; claimed: bigint; items: bigint }[]>`
    SELECT c.id, c.status::text AS status,
           (SELECT COALESCE(SUM(ci.refund_amount + ci.shipping_amount), 0) FROM supplier_claim_items ci WHERE ci.claim_id = c.id) AS claimed,
           (SELECT COUNT(*) FROM supplier_claim_items ci WHERE ci.claim_id = c.id) AS items
    FROM supplier_claims c WHERE c.id = ${claimId} AND c.shop_id = ${shopId} FOR UPDATE`
  if (!claim) throw new AppError('CLAIM_NOT_FOUND', { userMessage: 'There is no such claim in this shop.' })
  return claim
}

/** Marks an open claim as sent to the supplier; new faulty items then start a new open claim. */
export async function markClaimSent(db: Db, input: { shopId: string; claimId: string; actorId: string; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, input.shopId, input.claimId)
    assertClaimTransition(claim.status, 'sent')
    if (claim.items === 0n) throw new AppError('INVALID_INPUT', { userMessage: 'An empty claim cannot be sent.' })
    await tx.supplierClaim.update({ where: { id: claim.id }, data: { status: 'sent', openKey: null, sentAt: input.now, sentById: input.actorId } })
  })
}

/** Records what the supplier paid back and closes the claim. */
export async function settleClaim(db: Db, input: { shopId: string; claimId: string; recoveredAmount: number; actorId: string; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, input.shopId, input.claimId)
    assertClaimTransition(claim.status, 'settled')
    assertRecoveredAmount(input.recoveredAmount, Number(claim.claimed))
    await tx.supplierClaim.update({ where: { id: claim.id }, data: { status: 'settled', recoveredAmount: input.recoveredAmount, settledAt: input.now, settledById: input.actorId } })
  })
}
