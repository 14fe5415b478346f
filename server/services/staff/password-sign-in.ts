import { verifyPassword } from '@/server/auth/password'
import type { Db } from '@/server/database/prisma-client'
import { normalizeEmail } from '@/server/domain/customer-input'
import { SIGN_IN_LIMITS } from '@/server/domain/rate-limit'
import { hitRateLimits, releaseRateLimits } from '@/server/services/security/rate-limit'

export interface PasswordSignInInput {
  email: string
  password: string
  /** Who is asking (see clientKey). */
  client: string
  now: Date
  perClientLimit?: number
}

/**
 * The demo's password sign-in, behind limits kept in PostgreSQL: tries per client, and failed tries
 * per account (counted before the check, given back on success, so parallel guesses cannot slip
 * past). Every refusal — unknown account, wrong password, too many tries — is the same `null`.
 */
export async function passwordSignIn(db: Db, input: PasswordSignInInput): Promise<{ id: string; email: string; name: string | null } | null> {
  const email = normalizeEmail(input.email)
  const clientHit = { rule: { ...SIGN_IN_LIMITS.perClient, limit: input.perClientLimit ?? SIGN_IN_LIMITS.perClient.limit }, key: input.client }
  const accountHit = { rule: SIGN_IN_LIMITS.perAccountFailures, key: email }
  const [perClient, perAccount] = await hitRateLimits(db, [clientHit, accountHit], input.now)
  if (!perClient.allowed || !perAccount.allowed) {
    // Refused before any password was checked: not a failure of this account.
    await releaseRateLimits(db, [accountHit])
    return null
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } })
  if (!user?.passwordHash || !(await verifyPassword(input.password, user.passwordHash))) return null
  await releaseRateLimits(db, [accountHit])
  return { id: user.id, email: user.email, name: user.name }
}
