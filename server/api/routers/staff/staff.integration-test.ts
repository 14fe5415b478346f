import { describe, expect, test } from 'vitest'
import { createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor } from '@/server/testing/trpc-caller'

const db = connectTestDb()

describe('staff.me', () => {
  test('allowed: a signed-in agent sees their own shops and role, and no other shop', async () => {
    const mine = await createShop(db, { name: 'Mine' })
    await createShop(db, { name: 'Not mine' })
    const staff = { userId: 'u1', email: 'agent@example.com', memberships: [{ shopId: mine.id, role: 'agent' as const }] }
    await expect(callerFor(db, { staff }).caller.staff.me()).resolves.toEqual({
      email: 'agent@example.com',
      shops: [{ id: mine.id, slug: mine.slug, name: 'Mine', currency: 'EUR', role: 'agent' }],
    })
  })

  test('denied: signed out, and signed in without any shop', async () => {
    await expect(callerFor(db).caller.staff.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    const lonely = { userId: 'u2', email: 'nobody@example.com', memberships: [] }
    await expect(callerFor(db, { staff: lonely }).caller.staff.me()).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
