import { describe, expect, test } from 'vitest'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor } from '@/server/testing/trpc-caller'

const db = connectTestDb()

const message = (shopId: string | null, recipient: string, subject: string) =>
  db.$transaction((tx) =>
    enqueueMessage(tx, {
      dedupeKey: `inbox:${subject}:${Math.random()}`, channel: 'email', recipient, template: 'return.request_received', shopId, locale: 'de',
      data: { subject, html: `<p>${subject}</p>`, text: subject }, sendAfter: new Date(),
    }),
  )

describe('the dev inbox', () => {
  test("shows an agent every message about their shops (rendered, with recipient, language and status) and none of another shop's", async () => {
    const mine = await createShop(db)
    const other = await createShop(db)
    await message(mine.id, 'ana@example.com', 'Mine')
    await message(other.id, 'bob@example.com', 'Not mine')
    await message(null, 'agent@mine.example', 'Your sign-in link')
    const staff = { userId: 'agent-1', email: 'agent@mine.example', memberships: [{ shopId: mine.id, role: 'agent' as const }] }
    const inbox = await callerFor(db, { staff }).caller.inbox.list({})
    expect(inbox.enabled).toBe(true)
    expect(inbox.messages.map((m) => [m.subject, m.recipient, m.locale, m.status, m.html, m.text])).toEqual([
      ['Your sign-in link', 'agent@mine.example', 'de', 'pending', '<p>Your sign-in link</p>', 'Your sign-in link'],
      ['Mine', 'ana@example.com', 'de', 'pending', '<p>Mine</p>', 'Mine'],
    ])
    const oneShop = await callerFor(db, { staff }).caller.inbox.list({ shopId: mine.id })
    expect(oneShop.messages.map((m) => m.subject)).toEqual(['Mine'])
  })
})
