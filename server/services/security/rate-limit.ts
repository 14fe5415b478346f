import { Prisma } from '@/prisma/generated/client'
import type { DbClient } from '@/server/database/prisma-client'
import { sql } from '@/server/database/sql'
import { type RateLimitRule, type RateLimitVerdict, verdict } from '@/server/domain/rate-limit'

/** One limit applied to one key (a client address, an order number, an account). */
export interface RateLimitHit {
  rule: RateLimitRule
  key: string
}

const bucketOf = (hit: RateLimitHit) => `${hit.rule.name}:${hit.key}`

/**
 * Counts one hit against each rule for its key and says, per hit and in order, whether it is
 * allowed. One atomic upsert in PostgreSQL, so the limits hold across any number of app
 * instances and concurrent requests, for the price of a single round trip.
 */
export async function hitRateLimits<const Hits extends readonly RateLimitHit[]>(db: DbClient, hits: Hits, now: Date): Promise<{ [K in keyof Hits]: RateLimitVerdict }> {
  const buckets = hits.map(bucketOf)
  if (new Set(buckets).size !== buckets.length) throw new Error('A key may be hit only once per statement.')
  const rows = await sql<{ key: string; count: number; window_start: Date }>(db, Prisma.sql`
    WITH hit (key, window_ms) AS (SELECT * FROM unnest(${buckets}::text[], ${hits.map((hit) => hit.rule.windowMs)}::int[]))
    INSERT INTO rate_limits (key, window_start, count)
    SELECT key, ${now}, 1 FROM hit
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= ${now}::timestamptz - (SELECT window_ms FROM hit WHERE hit.key = EXCLUDED.key) * interval '1 millisecond'
                   THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= ${now}::timestamptz - (SELECT window_ms FROM hit WHERE hit.key = EXCLUDED.key) * interval '1 millisecond'
                          THEN EXCLUDED.window_start ELSE rate_limits.window_start END
    RETURNING key, count, window_start`)
  const byKey = new Map(rows.map((row) => [row.key, row]))
  // One verdict per hit, in the caller's order (the tuple type lets callers destructure without checks).
  return hits.map((hit, i) => {
    const row = byKey.get(buckets[i]!)
    if (!row) throw new Error(`Rate limit bucket ${buckets[i]} was not counted.`)
    return verdict(hit.rule, { count: row.count, windowStart: row.window_start })
  }) as { [K in keyof Hits]: RateLimitVerdict }
}

/**
 * Gives back hits that turned out not to count: on a limit of failures, a try that succeeded, or one
 * that was refused before it could fail. Counting first and giving back after, rather than checking
 * first, is what keeps concurrent tries honest.
 */
export async function releaseRateLimits(db: DbClient, hits: readonly RateLimitHit[]): Promise<void> {
  if (hits.length === 0) return
  await sql(db, Prisma.sql`UPDATE rate_limits SET count = count - 1 WHERE key = ANY(${hits.map(bucketOf)}::text[]) AND count > 0`)
}

/** Old windows are dead weight; the worker removes them. */
export async function pruneRateLimits(db: DbClient, now: Date, olderThanMs = 24 * 60 * 60_000): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limits WHERE window_start < ${new Date(now.getTime() - olderThanMs)}`
}
