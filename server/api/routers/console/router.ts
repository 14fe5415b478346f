import { z } from 'zod'
import { adminProcedure, router, staffProcedure } from '@/server/api/trpc'
import { clearAttention } from '@/server/services/staff/clear-attention'
import { setCustomerBlocked } from '@/server/services/staff/customer-block'
import { inspectReturn } from '@/server/services/staff/inspect-return'
import { overrideReturn } from '@/server/services/staff/override-return'
import { receiveReturn } from '@/server/services/staff/receive-return'
import { refundReturn } from '@/server/services/staff/refund-return'
import { reissueLabel } from '@/server/services/staff/reissue-label'
import { addReturnNote } from '@/server/services/staff/return-notes'
import { approveReturn, bulkApprove, cancelReturn, rejectReturn } from '@/server/services/staff/review-actions'
import { getShopSettings, updateShopSettings } from '@/server/services/staff/shop-settings'
import { listQueue, queueCounts, queueFilterOptions } from '@/server/services/staff/staff-queue'
import { staffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { ZInspectItems, ZOverride, ZQueueFilters, ZQueueInput, ZReason, ZReceiveItems, ZRma, ZShopSettings } from './console.types'

const ZShop = z.object({ shopId: z.string().min(1).max(64) })

/** The staff console: the work queue, one return's detail, and the actions on it. Shop checks live in the services. */
export const consoleRouter = router({
  queue: staffProcedure.input(ZQueueInput).query(({ ctx, input }) => listQueue(ctx.db, { staff: ctx.staff, ...input })),
  counts: staffProcedure.input(ZShop.extend({ filters: ZQueueFilters.default({}) })).query(({ ctx, input }) => queueCounts(ctx.db, { staff: ctx.staff, ...input })),
  filterOptions: staffProcedure.input(ZShop).query(({ ctx, input }) => queueFilterOptions(ctx.db, { staff: ctx.staff, shopId: input.shopId })),
  detail: staffProcedure.input(z.object({ rma: ZRma })).query(({ ctx, input }) => staffReturnDetail(ctx.db, { staff: ctx.staff, rma: input.rma, now: ctx.now() })),

  approve: staffProcedure.input(z.object({ rma: ZRma })).mutation(({ ctx, input }) => approveReturn(ctx.db, ctx.deps(), { staff: ctx.staff, rma: input.rma, now: ctx.now() })),
  bulkApprove: staffProcedure
    .input(z.object({ rmas: z.array(ZRma).min(1).max(100) }))
    .mutation(({ ctx, input }) => bulkApprove(ctx.db, ctx.deps(), { staff: ctx.staff, rmas: input.rmas, now: ctx.now() })),
  reject: staffProcedure
    .input(z.object({ rma: ZRma, message: z.string().trim().min(10, 'Write the shopper a message of at least 10 characters.').max(2000) }))
    .mutation(({ ctx, input }) => rejectReturn(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),
  cancel: staffProcedure
    .input(z.object({ rma: ZRma, reason: z.string().trim().max(2000).nullish() }))
    .mutation(({ ctx, input }) => cancelReturn(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),
  override: staffProcedure
    .input(z.object({ rma: ZRma, reason: ZReason, override: ZOverride }))
    .mutation(({ ctx, input }) => overrideReturn(ctx.db, ctx.deps(), { staff: ctx.staff, ...input, now: ctx.now() })),
  receive: staffProcedure
    .input(z.object({ rma: ZRma, items: ZReceiveItems, note: z.string().trim().max(2000).nullish() }))
    .mutation(({ ctx, input }) => receiveReturn(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),
  inspect: staffProcedure.input(z.object({ rma: ZRma, items: ZInspectItems })).mutation(({ ctx, input }) => inspectReturn(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),
  refund: staffProcedure
    .input(z.object({ rma: ZRma, amount: z.number().int().min(1).max(100_000_000).nullish(), idempotencyKey: z.uuid() }))
    .mutation(({ ctx, input }) => refundReturn(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),
  clearAttention: staffProcedure
    .input(z.object({ rma: ZRma, note: z.string().trim().min(5, 'Say what was done about it (at least 5 characters).').max(2000) }))
    .mutation(({ ctx, input }) => clearAttention(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),
  reissueLabel: staffProcedure.input(z.object({ rma: ZRma })).mutation(({ ctx, input }) => reissueLabel(ctx.db, ctx.deps(), { staff: ctx.staff, rma: input.rma, now: ctx.now() })),
  addNote: staffProcedure
    .input(z.object({ rma: ZRma, body: z.string().trim().min(1).max(5000) }))
    .mutation(({ ctx, input }) => addReturnNote(ctx.db, { staff: ctx.staff, ...input, now: ctx.now() })),

  setCustomerBlocked: adminProcedure
    .input(z.object({ customerId: z.string().min(1).max(64), blocked: z.boolean() }))
    .mutation(({ ctx, input }) => setCustomerBlocked(ctx.db, { staff: ctx.staff, ...input })),
  settings: adminProcedure.input(ZShop).query(({ ctx, input }) => getShopSettings(ctx.db, { staff: ctx.staff, shopId: input.shopId })),
  updateSettings: adminProcedure.input(ZShopSettings).mutation(({ ctx, input }) => updateShopSettings(ctx.db, { staff: ctx.staff, ...input })),
})
