import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { LOOKUP_LIMITS } from '@/server/domain/rate-limit'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { hitRateLimits, pruneRateLimits } from '@/server/services/security/rate-limit'
import { guardedLookup } from './guarded-lookup'

const db = connectTestDb()

async function attempt(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'FOUND',
    (error: unknown) => (error instanceof AppError ? error.code : 'CRASH'),
  )
}

/** Runs `count` lookups, `width` at a time. */
async function burst(count: number, width: number, run: (i: number) => Promise<string>): Promise<string[]> {
  const results: string[] = []
  for (let i = 0; i < count; i += width) results.push(...(await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => run(i + j)))))
  return results
}

const tally = (results: string[]) => results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {})

describe('order lookup is rate-limited in PostgreSQL', () => {
  test('500 guesses of one order\'s email from 50 addresses: 10 failures, then every try is refused — even the right email', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: 'BF-1', email: 'owner@example.com', lines: [{ title: 'Mug', unitPrice: 900 }] })
    const now = new Date()
    const results = await burst(500, 25, (i) =>
      attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'BF-1', email: `guess-${i}@example.com` }, { minFailureMs: 0, client: `198.51.100.${i % 50}`, now })),
    )
    expect(tally(results)).toEqual({ ORDER_NOT_FOUND: LOOKUP_LIMITS.perOrderFailures.limit, RATE_LIMITED: 500 - LOOKUP_LIMITS.perOrderFailures.limit })
    expect(await attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'bf-1', email: 'owner@example.com' }, { minFailureMs: 0, client: 'fresh', now }))).toBe('RATE_LIMITED')
    // An hour later the order can be looked up again.
    const later = new Date(now.getTime() + LOOKUP_LIMITS.perOrderFailures.windowMs + 1)
    expect(await attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'BF-1', email: 'owner@example.com' }, { minFailureMs: 0, client: 'fresh', now: later }))).toBe('FOUND')
  })

  test('a burst of the rightful shopper\'s own lookups never locks the order: refused tries are not failures', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: 'RS-1', email: 'owner@example.com', lines: [{ title: 'Mug', unitPrice: 900 }] })
    const now = new Date()
    const results = await burst(60, 60, (i) => attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'RS-1', email: 'owner@example.com' }, { minFailureMs: 0, client: `192.0.2.${i}`, now })))
    expect(results.filter((r) => r !== 'FOUND' && r !== 'RATE_LIMITED')).toEqual([])
    expect(results).toContain('FOUND')
    const bucket = await db.rateLimit.findUniqueOrThrow({ where: { key: `${LOOKUP_LIMITS.perOrderFailures.name}:${shop.slug}:RS-1` } })
    expect(bucket.count).toBe(0)
    expect(await attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'RS-1', email: 'owner@example.com' }, { minFailureMs: 0, client: 'later', now }))).toBe('FOUND')
  })

  test('500 tries from one address across many order numbers: the first 60 are answered, the rest refused', async () => {
    const shop = await createShop(db)
    const now = new Date()
    const results = await burst(500, 25, (i) => attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: `N-${i}`, email: 'x@example.com' }, { minFailureMs: 0, client: '203.0.113.7', now })))
    expect(tally(results)).toEqual({ ORDER_NOT_FOUND: LOOKUP_LIMITS.perClient.limit, RATE_LIMITED: 500 - LOOKUP_LIMITS.perClient.limit })
    // Another address is not affected.
    expect(await attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'N-x', email: 'x@example.com' }, { minFailureMs: 0, client: '203.0.113.8', now }))).toBe('ORDER_NOT_FOUND')
  })

  test('a refused try takes the same minimum time as a failed one, and says when to come back', async () => {
    const shop = await createShop(db)
    const now = new Date()
    for (let i = 0; i < LOOKUP_LIMITS.perClient.limit; i++) {
      await attempt(guardedLookup(db, { shopSlug: shop.slug, orderNumber: `T-${i}`, email: 'x@example.com' }, { minFailureMs: 0, client: 'timing', now }))
    }
    const started = performance.now()
    const error = await guardedLookup(db, { shopSlug: shop.slug, orderNumber: 'T-x', email: 'x@example.com' }, { minFailureMs: 120, client: 'timing', now }).catch((e: unknown) => e as AppError)
    expect(performance.now() - started).toBeGreaterThanOrEqual(115)
    expect(error).toMatchObject({ code: 'RATE_LIMITED', userMessage: 'Too many attempts. Please wait 10 minutes and try again.', details: { retryAfterSeconds: 600 } })
  })

  test('old windows are pruned', async () => {
    const now = new Date()
    await db.rateLimit.create({ data: { key: 'lookup:client:old', windowStart: new Date(now.getTime() - 2 * 86_400_000), count: 3 } })
    expect(await pruneRateLimits(db, now)).toBeGreaterThanOrEqual(1)
    expect(await db.rateLimit.count({ where: { key: 'lookup:client:old' } })).toBe(0)
  })
})

describe('rate-limit keys are data, whatever a proxy header carries', () => {
  test('quotes, braces, commas and backslashes in a client address are counted under exactly that key', async () => {
    const now = new Date()
    const odd = ['a","b', '{1,2}', 'back\\slash', "o'brien", '  ', 'ünïcødé', 'NULL']
    const verdicts = await hitRateLimits(db, odd.map((key) => ({ rule: LOOKUP_LIMITS.perClient, key })), now)
    expect(verdicts.map((v) => v.allowed)).toEqual(odd.map(() => true))
    const rows = await db.rateLimit.findMany({ where: { key: { in: odd.map((key) => `${LOOKUP_LIMITS.perClient.name}:${key}`) } } })
    expect(rows.map((r) => r.key).sort()).toEqual(odd.map((key) => `${LOOKUP_LIMITS.perClient.name}:${key}`).sort())
    expect(rows.every((r) => r.count === 1)).toBe(true)
  })
})
