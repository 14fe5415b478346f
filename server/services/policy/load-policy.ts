import { AppError } from '@/server/app-error'
import type { DbClient } from '@/server/database/prisma-client'
import { parsePolicy, policyInForce, type ReturnPolicy } from '@/server/domain/policy'

/** Every published version of a shop's return policy, validated (a broken document is an error, never ignored). */
export async function loadPolicyVersions(db: DbClient, shopId: string): Promise<ReturnPolicy[]> {
  const rows = await db.returnPolicyVersion.findMany({
    where: { shopId },
    select: { version: true, effectiveFrom: true, document: true },
    orderBy: { version: 'asc' },
  })
  if (rows.length === 0) {
    throw new AppError('POLICY_NOT_FOUND', { userMessage: 'This shop has not published a return policy yet.', details: { shopId } })
  }
  // The columns are the index; the document is the policy. The columns win if they ever disagree.
  return rows.map((row) =>
    parsePolicy({ ...(row.document as Record<string, unknown>), version: row.version, effectiveFrom: row.effectiveFrom.toISOString() }),
  )
}

/** The version an order placed at `at` is judged by (or, with `now`, the one shoppers see today). */
export async function loadPolicyInForce(db: DbClient, shopId: string, at: Date): Promise<ReturnPolicy> {
  return policyInForce(await loadPolicyVersions(db, shopId), at)
}
