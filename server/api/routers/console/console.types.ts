import { z } from 'zod'
import { DISPOSITIONS, GRADES } from '@/server/domain/staff/grading'
import { MIN_REASON_LENGTH } from '@/server/domain/staff/overrides'
import { QUEUE_TAB_IDS, type QueueTab } from '@/server/domain/staff/queue-tabs'
import { PORTAL_LOCALES } from '@/server/i18n/locales'

export const ZRma = z.string().trim().min(5).max(20).regex(/^[A-Za-z0-9-]+$/, 'Not an RMA.')
const ZId = z.string().min(1).max(64)
const ZMinor = z.number().int().min(0).max(100_000_000)

export const ZQueueFilters = z.object({
  search: z.string().trim().max(254).regex(/^[^\p{Cc}]*$/u, 'Search text cannot contain control characters.').nullish(),
  reason: z.string().max(40).nullish(),
  supplierId: ZId.nullish(),
  hubId: ZId.nullish(),
  country: z.string().length(2).nullish(),
  minValue: ZMinor.nullish(),
  maxValue: ZMinor.nullish(),
})

export const ZQueueInput = z.object({
  shopId: ZId,
  tab: z.enum(QUEUE_TAB_IDS as [QueueTab, ...QueueTab[]]),
  filters: ZQueueFilters.default({}),
  cursor: z.string().max(200).nullish(),
})

export const ZReason = z.string().trim().min(MIN_REASON_LENGTH, `Give a reason of at least ${MIN_REASON_LENGTH} characters.`).max(2000)

export const ZOverride = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('approve_out_of_window') }),
  z.object({ kind: z.literal('change_fee'), fee: ZMinor }),
  z.object({ kind: z.literal('change_resolution'), resolution: z.enum(['refund', 'store_credit', 'replacement', 'exchange']) }),
  z.object({ kind: z.literal('keep_it') }),
])

export const ZReceiveItems = z.array(z.object({ itemId: ZId, receivedQuantity: z.number().int().min(0).max(10_000) })).min(1).max(100)

export const ZInspectItems = z
  .array(z.object({ itemId: ZId, grade: z.enum(GRADES), disposition: z.enum(DISPOSITIONS), refundAmount: ZMinor.nullish() }))
  .min(1)
  .max(100)

export const ZShopSettings = z.object({
  shopId: ZId,
  name: z.string().trim().min(2).max(80),
  supportEmail: z.email().max(254).nullable(),
  locale: z.enum(PORTAL_LOCALES),
})
