import type { DbClient } from '@/server/database/prisma-client'
import { type RateLimitRule, type RateLimitVerdict, verdict } from '@/server/domain/rate-limit'

/**
 * Counts one hit against `rule` for `key` and says whether it is allowed. One atomic upsert in
 * PostgreSQL, so the limit holds across any number of app instances and concurrent requests.
 */
export async function hitRateLimit(db: DbClient, rule: RateLimitRule, key: string, now: Date): Promise<RateLimitVerdict> {
  const bucket = `${rule.name}:${key}`
  const expiredBefore = new Date(now.getTime() - rule.windowMs)
  const [row] = await db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${bucket}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= ${expiredBefore} THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= ${expiredBefore} THEN ${now} ELSE rate_limits.window_start END
    RETURNING count, window_start`
  return verdict(rule, { count: row!.count, windowStart: row!.window_start })
}

/**
 * Gives back a hit that turned out not to count (a limit on failures: the try succeeded). Counting
 * first and giving back after, rather than checking first, is what keeps concurrent tries honest.
 */
export async function releaseRateLimit(db: DbClient, rule: RateLimitRule, key: string): Promise<void> {
  await db.$executeRaw`UPDATE rate_limits SET count = count - 1 WHERE key = ${`${rule.name}:${key}`} AND count > 0`
}

/** Old windows are dead weight; the worker removes them. */
export async function pruneRateLimits(db: DbClient, now: Date, olderThanMs = 24 * 60 * 60_000): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limits WHERE window_start < ${new Date(now.getTime() - olderThanMs)}`
}
