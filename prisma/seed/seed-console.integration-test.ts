import { beforeAll, expect, test } from 'vitest'
import { loadStaffIdentity } from '@/server/auth/staff-identity'
import { overrideReturn } from '@/server/services/staff/override-return'
import { approveReturn } from '@/server/services/staff/review-actions'
import { staffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { testDeps } from '@/server/testing/staff-fixtures'
import { connectTestDb } from '@/server/testing/test-db'
import { DEMO_EXPIRED_RMA } from './seed-console'
import { seedDemo } from './seed-demo'

const db = connectTestDb()
const now = new Date()

beforeAll(async () => {
  await seedDemo(db, { now })
})

const staff = async (email: string) => (await loadStaffIdentity(db, (await db.user.findUniqueOrThrow({ where: { email } })).id))!

test('the demo has an expired return for order 1003 whose window has closed: approving it takes an override with a reason', async () => {
  const agent = await staff('agent@kestrel.example.com')
  const detail = await staffReturnDetail(db, { staff: agent, rma: DEMO_EXPIRED_RMA, now })
  expect(detail).toMatchObject({ status: 'expired', outOfWindow: true, order: { number: '1003' } })
  expect(detail.decision?.lines[0]?.eligible).toBe(true)

  await expect(approveReturn(db, testDeps(), { staff: agent, rma: DEMO_EXPIRED_RMA, now })).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' })
  await overrideReturn(db, testDeps(), { staff: agent, rma: DEMO_EXPIRED_RMA, reason: 'Shopper was travelling; asked before the label expired.', override: { kind: 'approve_out_of_window' }, now })

  const after = await staffReturnDetail(db, { staff: agent, rma: DEMO_EXPIRED_RMA, now })
  expect(after.status).toBe('label_issued')
  expect(after.labels.filter((l) => l.voidedAt === null)).toHaveLength(1)
  expect(after.labels.find((l) => l.voidedAt === null)?.hub).toMatch(/Reno/)
  expect(after.overrides).toMatchObject([{ kind: 'approve_out_of_window', actor: 'agent@kestrel.example.com', before: { status: 'expired' } }])
})

test('staff of the other demo shop cannot see it', async () => {
  const northwind = await staff('admin@northwind.example.com')
  await expect(staffReturnDetail(db, { staff: northwind, rma: DEMO_EXPIRED_RMA, now })).rejects.toMatchObject({ code: 'RETURN_NOT_FOUND' })
})
