import { AppError } from '@/server/app-error'
import { Prisma } from '@/prisma/generated/client'
import type { DbClient } from '@/server/database/prisma-client'
import { sql } from '@/server/database/sql'
import { parsePolicy, policyInForce, type ReturnPolicy } from '@/server/domain/policy'

type PolicyRow = { id: string; version: number; effective_from: Date; document: Record<string, unknown> }

/**
 * A published version is never edited (a change is a new row), so each row is validated once per
 * process rather than on every shopper request. Frozen, because every caller shares the object.
 */
const parsedById = new Map<string, ReturnPolicy>()
const CACHED_VERSIONS = 2_000

function parseOnce(row: PolicyRow): ReturnPolicy {
  const cached = parsedById.get(row.id)
  if (cached) return cached
  // The columns are the index; the document is the policy. The columns win if they ever disagree.
  const policy = deepFreeze(parsePolicy({ ...row.document, version: row.version, effectiveFrom: row.effective_from.toISOString() }))
  if (parsedById.size >= CACHED_VERSIONS) parsedById.delete(parsedById.keys().next().value!)
  parsedById.set(row.id, policy)
  return policy
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** Every published version of a shop's return policy, validated (a broken document is an error, never ignored). */
export async function loadPolicyVersions(db: DbClient, shopId: string): Promise<ReturnPolicy[]> {
  const rows = await sql<PolicyRow>(db, Prisma.sql`
    SELECT id, version, effective_from, document FROM return_policies WHERE shop_id = ${shopId} ORDER BY version`)
  if (rows.length === 0) {
    throw new AppError('POLICY_NOT_FOUND', { userMessage: 'This shop has not published a return policy yet.', details: { shopId } })
  }
  return rows.map(parseOnce)
}

/** The version an order placed at `at` is judged by (or, with `now`, the one shoppers see today). */
export async function loadPolicyInForce(db: DbClient, shopId: string, at: Date): Promise<ReturnPolicy> {
  return policyInForce(await loadPolicyVersions(db, shopId), at)
}
