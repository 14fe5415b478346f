import type { createCaller } from '@/server/api/root'
import type { Db } from '@/server/database/prisma-client'
import { inspectReturn } from '@/server/services/staff/inspect-return'
import { receiveReturn } from '@/server/services/staff/receive-return'
import { portalReturn, staffWorld, testDeps } from './staff-fixtures'

type Caller = ReturnType<typeof createCaller>
type World = Awaited<ReturnType<typeof staffWorld>> & { rma: string; itemId: string; customerId: string; deps: ReturnType<typeof testDeps> }
type Spec = { adminOnly?: boolean; setup: (db: Db) => Promise<World>; call: (c: Caller, w: World) => Promise<unknown> }

const REVIEW = { defaultRegion: { id: 'all', returnWindowDays: 30 }, review: { valueAbove: { EUR: 1000 } } }

/** A shop with one return in the state the procedure acts on. */
const withReturn = (state: 'label_issued' | 'needs_review' | 'received' | 'inspected' | 'flagged') => async (db: Db): Promise<World> => {
  const world = await staffWorld(db, state === 'needs_review' ? { policy: REVIEW } : {})
  const r = await portalReturn(db, world)
  const item = r.items[0]!.id
  if (state === 'received' || state === 'inspected') await receiveReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: item, receivedQuantity: 1 }], now: world.now })
  if (state === 'inspected') await inspectReturn(db, { staff: world.agent, rma: r.rma, items: [{ itemId: item, grade: 'as_described', disposition: 'restock' }], now: world.now })
  if (state === 'flagged') await db.returnRequest.update({ where: { id: r.id }, data: { attentionReason: 'Refund failed: card expired.', attentionAt: world.now } })
  return { ...world, rma: r.rma, itemId: r.items[0]!.id, customerId: world.order.customerId, deps: testDeps() }
}

/** The staff console's procedures, each with input valid for staff of the shop (used by portal-access). */
export const CONSOLE_CALLS: Record<string, Spec> = {
  'console.queue': { setup: withReturn('label_issued'), call: (c, w) => c.console.queue({ shopId: w.shop.id, tab: 'in_transit', filters: {} }) },
  'console.counts': { setup: withReturn('label_issued'), call: (c, w) => c.console.counts({ shopId: w.shop.id }) },
  'console.filterOptions': { setup: withReturn('label_issued'), call: (c, w) => c.console.filterOptions({ shopId: w.shop.id }) },
  'console.detail': { setup: withReturn('label_issued'), call: (c, w) => c.console.detail({ rma: w.rma }) },
  'console.approve': { setup: withReturn('needs_review'), call: (c, w) => c.console.approve({ rma: w.rma }) },
  'console.bulkApprove': {
    setup: withReturn('needs_review'),
    // Bulk answers per return; a return the caller cannot see is reported as not found, never approved.
    call: async (c, w) => {
      const [result] = await c.console.bulkApprove({ rmas: [w.rma] })
      if (!result?.ok) throw Object.assign(new Error(result?.message), { code: 'NOT_FOUND' })
      return result
    },
  },
  'console.reject': { setup: withReturn('needs_review'), call: (c, w) => c.console.reject({ rma: w.rma, message: 'Worn and washed, sorry.' }) },
  'console.cancel': { setup: withReturn('label_issued'), call: (c, w) => c.console.cancel({ rma: w.rma, reason: 'Asked by phone.' }) },
  'console.override': { setup: withReturn('label_issued'), call: (c, w) => c.console.override({ rma: w.rma, reason: 'Goodwill gesture.', override: { kind: 'change_fee', fee: 0 } }) },
  'console.receive': { setup: withReturn('label_issued'), call: (c, w) => c.console.receive({ rma: w.rma, items: [{ itemId: w.itemId, receivedQuantity: 1 }] }) },
  'console.inspect': { setup: withReturn('received'), call: (c, w) => c.console.inspect({ rma: w.rma, items: [{ itemId: w.itemId, grade: 'as_described', disposition: 'restock' }] }) },
  'console.refund': { setup: withReturn('inspected'), call: (c, w) => c.console.refund({ rma: w.rma, idempotencyKey: crypto.randomUUID() }) },
  'console.clearAttention': { setup: withReturn('flagged'), call: (c, w) => c.console.clearAttention({ rma: w.rma, note: 'Asked the shopper for a new card.' }) },
  'console.reissueLabel': { setup: withReturn('label_issued'), call: (c, w) => c.console.reissueLabel({ rma: w.rma }) },
  'console.addNote': { setup: withReturn('label_issued'), call: (c, w) => c.console.addNote({ rma: w.rma, body: 'Called the shopper.' }) },
  'console.setCustomerBlocked': { adminOnly: true, setup: withReturn('label_issued'), call: (c, w) => c.console.setCustomerBlocked({ customerId: w.customerId, blocked: true }) },
  'console.settings': { adminOnly: true, setup: withReturn('label_issued'), call: (c, w) => c.console.settings({ shopId: w.shop.id }) },
  'console.updateSettings': {
    adminOnly: true,
    setup: withReturn('label_issued'),
    call: (c, w) => c.console.updateSettings({ shopId: w.shop.id, name: 'Renamed Shop', supportEmail: 'help@example.com', locale: 'de' }),
  },
}
