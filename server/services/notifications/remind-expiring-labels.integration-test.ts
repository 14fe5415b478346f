import { describe, expect, test } from 'vitest'
import { connectTestDb } from '@/server/testing/test-db'
import { remindExpiringLabels } from './remind-expiring-labels'
import { emailsTo, labelFor, moveReturn, submittedReturn } from './test-kit.fixture'

const db = connectTestDb()
const now = new Date()
const publicUrl = 'https://returns.example'

async function labelledReturn(email: string, expiresInHours: number) {
  const r = await submittedReturn(db, { email, locale: 'de' })
  await db.$transaction(async (tx) => {
    await tx.returnRequest.update({ where: { id: r.returnId }, data: { status: 'label_issued' } })
    await tx.label.create({ data: await labelFor(tx, r.returnId, new Date(now.getTime() + expiresInHours * 3_600_000)) })
  })
  return r
}

const reminders = async (email: string, shopId: string) => (await emailsTo(db, email, shopId)).filter((m) => m.template === 'return.label_expiring')

describe('the label-expiring reminder', () => {
  test('a label unused 48 hours before it expires gets one reminder, however often the check runs', async () => {
    const soon = await labelledReturn('soon@example.com', 47)
    const later = await labelledReturn('later@example.com', 72)
    const gone = await labelledReturn('gone@example.com', -1)
    await remindExpiringLabels(db, { now, publicUrl })
    await remindExpiringLabels(db, { now: new Date(now.getTime() + 3_600_000), publicUrl })

    const [reminder, ...more] = await reminders('soon@example.com', soon.shop.id)
    expect(more).toEqual([])
    expect(reminder).toMatchObject({ locale: 'de', subject: `Ihr Rücksendeetikett für ${soon.rma} läuft bald ab`, status: 'pending' })
    expect((reminder!.data as { text: string }).text).toContain(`Ihr Rücksendeetikett herunterladen: https://returns.example/api/portal/returns/${soon.rma}/label`)
    expect(await reminders('later@example.com', later.shop.id)).toEqual([])
    expect(await reminders('gone@example.com', gone.shop.id)).toEqual([])
  })

  test('a label already used (the parcel was scanned) or voided gets no reminder', async () => {
    const scanned = await labelledReturn('scanned@example.com', 20)
    await moveReturn(db, scanned.returnId, 'in_transit')
    const voided = await labelledReturn('voided@example.com', 20)
    await db.label.updateMany({ where: { returnId: voided.returnId }, data: { voidedAt: now } })
    await remindExpiringLabels(db, { now, publicUrl })
    expect(await reminders('scanned@example.com', scanned.shop.id)).toEqual([])
    expect(await reminders('voided@example.com', voided.shop.id)).toEqual([])
  })
})
