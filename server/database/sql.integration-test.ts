import { describe, expect, test, vi } from 'vitest'
import { Prisma } from '@/prisma/generated/client'
import { connectTestDb } from '@/server/testing/test-db'
import { poolOf } from './prisma-client'
import { sql } from './sql'

const db = connectTestDb()

const EVERY_KIND = Prisma.sql`
  SELECT ${'text'}::text AS text, ${42}::int AS number, ${true}::bool AS flag, ${new Date('2026-03-04T05:06:07.089Z')}::timestamptz AS at,
         NULL::timestamptz AS never, json_build_object('a', 1, 'b', ARRAY['x', 'y'], 'at', ${new Date('2026-03-04T05:06:07.089Z')}::timestamptz) AS doc,
         ${['p', 'q']}::text[] AS list`

describe('sql(): one statement, the same rows through the pg pool and through a transaction', () => {
  test('the client goes to its pool; a transaction goes through Prisma; both read every kind of column alike', async () => {
    expect(poolOf(db)).toBeDefined()
    const direct = await sql(db, EVERY_KIND)
    const inTransaction = await db.$transaction(async (tx) => {
      expect(poolOf(tx)).toBeUndefined()
      return sql(tx, EVERY_KIND)
    })
    expect(direct).toEqual([
      { text: 'text', number: 42, flag: true, at: new Date('2026-03-04T05:06:07.089Z'), never: null, doc: { a: 1, b: ['x', 'y'], at: '2026-03-04T05:06:07.089+00:00' }, list: ['p', 'q'] },
    ])
    expect(inTransaction).toEqual(direct)
  })

  test('a second copy of the module (Next.js bundles one per route) still finds the pool of a client the first copy made', async () => {
    vi.resetModules()
    const otherCopy = await import('./prisma-client')
    expect(otherCopy.poolOf).not.toBe(poolOf)
    expect(otherCopy.poolOf(db)).toBe(poolOf(db))
    expect(otherCopy.poolOf(db)).toBeDefined()
  })

  test('values are bound, never spliced into the text', async () => {
    const hostile = "'; DROP TABLE shops; --"
    const [row] = await sql<{ echoed: string }>(db, Prisma.sql`SELECT ${hostile}::text AS echoed`)
    expect(row!.echoed).toBe(hostile)
    const [table] = await sql<{ present: boolean }>(db, Prisma.sql`SELECT to_regclass('public.shops') IS NOT NULL AS present`)
    expect(table!.present).toBe(true)
  })

  test('a write inside a transaction that rolls back leaves nothing behind', async () => {
    const key = `sql-test:${Date.now()}`
    await expect(
      db.$transaction(async (tx) => {
        await sql(tx, Prisma.sql`INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, now(), 1)`)
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await sql(db, Prisma.sql`SELECT key FROM rate_limits WHERE key = ${key}`)).toEqual([])
  })
})
