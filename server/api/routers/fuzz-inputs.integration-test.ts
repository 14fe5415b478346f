import fc from 'fast-check'
import { TRPCError } from '@trpc/server'
import { describe, expect, test } from 'vitest'
import { appRouter } from '@/server/api/root'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

// Every procedure's set-up looks an order up from the same (direct) client: not what the limit is for.
process.env.LOOKUP_LIMIT_PER_CLIENT = '100000'
const db = connectTestDb()
const PROCEDURES = Object.keys(appRouter._def.procedures).sort()
// The tables a procedure could write to; a refused input must leave every one as it was.
const TABLES = ['return_requests', 'return_items', 'return_drafts', 'return_events', 'refunds', 'photos', 'labels', 'orders', 'customers', 'outbox_messages', 'memberships', 'users']

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`)
    counts[table] = Number(row!.n)
  }
  return counts
}

/** Inputs a hostile or broken client might send: anything JSON, plus near-misses of real shapes. */
const hostileInput = (shopSlug: string) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({ shopSlug: fc.oneof(fc.constant(shopSlug), fc.string()) }, { requiredKeys: [] }),
    fc.record({
      shopSlug: fc.constant(shopSlug),
      items: fc.array(fc.record({ lineId: fc.string(), quantity: fc.oneof(fc.integer(), fc.double(), fc.string()), reason: fc.string() }), { maxLength: 3 }),
      resolution: fc.string(),
      draftId: fc.oneof(fc.uuid(), fc.string()),
      rma: fc.string(),
    }, { requiredKeys: [] }),
    fc.constantFrom(null, undefined, '', 0, [], {}, '\u0000', 'x'.repeat(100_000)),
  )

describe('every procedure refuses malformed input with a clear error and writes nothing', () => {
  test.each(PROCEDURES)('%s', async (path) => {
    const shop = await createShop(db)
    await createPolicy(db, shop.id)
    const order = await createOrder(db, shop, { number: `F-${PROCEDURES.indexOf(path)}`, email: 'fuzz@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
    const login = callerFor(db)
    await login.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: order.number, email: 'fuzz@example.com' })
    const staff = { userId: 'fuzz-admin', email: 'fuzz@example.com', memberships: [{ shopId: shop.id, role: 'admin' as const }] }
    const { caller } = callerFor(db, { cookie: cookieFrom(login.resHeaders), staff })
    const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>

    await fc.assert(
      fc.asyncProperty(hostileInput(shop.slug), async (input) => {
        const before = await rowCounts()
        const outcome = await procedure(input).then(() => null, (error: unknown) => error)
        if (outcome === null) return // some inputs are valid (e.g. a query that takes only shopSlug)
        expect(outcome).toBeInstanceOf(TRPCError)
        const error = outcome as TRPCError
        expect(error.code, `${path} answered ${error.code}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR')
        expect(error.message.length).toBeGreaterThan(0)
        expect(await rowCounts()).toEqual(before)
      }),
      { numRuns: 40, seed: 20261127 },
    )
  }, 60_000)
})
