import { expect, test } from 'vitest'
import { createShop } from '@/server/testing/factories'
import { createStaff } from '@/server/testing/staff-fixtures'
import { connectTestDb } from '@/server/testing/test-db'
import { isStaffEmail, sendMagicLink } from './magic-link'

const db = connectTestDb()

test('a staff sign-in link goes to the outbox (SMTP or the dev inbox decide later), once per link', async () => {
  const shop = await createShop(db)
  const staff = await createStaff(db, [{ shopId: shop.id, role: 'agent' }])
  const request = { identifier: staff.email!.toUpperCase(), url: `http://localhost/api/auth/callback/email?token=${shop.id}`, expires: new Date(Date.now() + 900_000) }
  await sendMagicLink(db, request)
  await sendMagicLink(db, request)
  const rows = await db.outboxMessage.findMany({ where: { template: 'staff-magic-link', recipient: staff.email! } })
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ channel: 'email', status: 'pending', subject: 'Your Roundtrip sign-in link', data: { url: request.url } })
})

test('an address that is not staff gets nothing, and no account', async () => {
  await sendMagicLink(db, { identifier: 'stranger@example.com', url: 'http://localhost/x', expires: new Date() })
  expect(await db.outboxMessage.count({ where: { recipient: 'stranger@example.com' } })).toBe(0)
  expect(await isStaffEmail(db, 'stranger@example.com')).toBe(false)
  // A user row without any shop is not staff either.
  await db.user.create({ data: { email: 'former@example.com' } })
  expect(await isStaffEmail(db, 'former@example.com')).toBe(false)
})
