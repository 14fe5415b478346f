import type { Db } from '@/server/database/prisma-client'
import { describePolicy, type PolicySection } from '@/server/domain/policy'
import { loadPolicyInForce } from './load-policy'

export type ShopPolicyPage = { version: number; effectiveFrom: Date; sections: readonly PolicySection[] }

/** The policy shoppers see today, as text generated from the same rules the engine applies. */
export async function describeShopPolicy(db: Db, input: { shopId: string; locale: string; now: Date }): Promise<ShopPolicyPage> {
  const policy = await loadPolicyInForce(db, input.shopId, input.now)
  return { version: policy.version, effectiveFrom: new Date(policy.effectiveFrom), sections: describePolicy(policy, input.locale) }
}
