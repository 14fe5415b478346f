import { describe, expect, test } from 'vitest'
import { hashPassword } from '@/server/auth/password'
import { SIGN_IN_LIMITS } from '@/server/domain/rate-limit'
import { connectTestDb } from '@/server/testing/test-db'
import { passwordSignIn } from './password-sign-in'

const db = connectTestDb()

describe('password sign-in is rate-limited in PostgreSQL', () => {
  test('500 guesses at one account from many addresses: 8 failures, then even the right password is refused until the window ends', async () => {
    await db.user.create({ data: { email: 'target@staff.example', passwordHash: await hashPassword('correct horse battery') } })
    const now = new Date()
    const results: (string | null)[] = []
    for (let i = 0; i < 500; i += 25) {
      results.push(...(await Promise.all(Array.from({ length: 25 }, (_, j) => passwordSignIn(db, { email: 'Target@staff.example', password: `guess-${i + j}`, client: `192.0.2.${(i + j) % 100}`, now }).then((u) => u?.id ?? null)))))
    }
    expect(results.every((r) => r === null)).toBe(true)
    const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count FROM rate_limits WHERE key = ${`${SIGN_IN_LIMITS.perAccountFailures.name}:target@staff.example`}`
    // Only tries that checked a password count; the refused ones were given back.
    expect(row!.count).toBe(SIGN_IN_LIMITS.perAccountFailures.limit)
    expect(await passwordSignIn(db, { email: 'target@staff.example', password: 'correct horse battery', client: 'fresh', now })).toBeNull()
    const later = new Date(now.getTime() + SIGN_IN_LIMITS.perAccountFailures.windowMs + 1)
    expect(await passwordSignIn(db, { email: 'target@staff.example', password: 'correct horse battery', client: 'fresh', now: later })).toMatchObject({ email: 'target@staff.example' })
  })

  test('a success gives its try back, so a staff member who signs in often is never locked out', async () => {
    await db.user.create({ data: { email: 'daily@staff.example', passwordHash: await hashPassword('daily password 1') } })
    const now = new Date()
    for (let i = 0; i < 3 * SIGN_IN_LIMITS.perAccountFailures.limit; i++) {
      expect(await passwordSignIn(db, { email: 'daily@staff.example', password: 'daily password 1', client: `c-${i}`, now })).not.toBeNull()
    }
  })

  test('one address gets 30 tries in 15 minutes, whatever the accounts', async () => {
    const now = new Date()
    const results = []
    for (let i = 0; i < 40; i++) results.push(await passwordSignIn(db, { email: `nobody-${i}@staff.example`, password: 'x', client: '198.51.100.99', now }))
    expect(results.every((r) => r === null)).toBe(true)
    const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count FROM rate_limits WHERE key = ${`${SIGN_IN_LIMITS.perClient.name}:198.51.100.99`}`
    expect(row!.count).toBe(40)
    await db.user.create({ data: { email: 'late@staff.example', passwordHash: await hashPassword('late password 1') } })
    expect(await passwordSignIn(db, { email: 'late@staff.example', password: 'late password 1', client: '198.51.100.99', now })).toBeNull()
    expect(await passwordSignIn(db, { email: 'late@staff.example', password: 'late password 1', client: '198.51.100.100', now })).not.toBeNull()
  })
})
