import { z } from 'zod'
import { ZLocale } from '@/server/api/schemas'
import { RESOLUTIONS, RETURN_REASONS } from '@/server/domain/policy'

const ZDraftId = z.uuid('Not a return in progress.')
const ZLineId = z.string().min(1).max(64)

export const ZChooseItemsRequestSchema = z.object({
  /** Left out on the first step: the draft is started then. */
  draftId: ZDraftId.optional(),
  items: z
    .array(z.object({ lineId: ZLineId, quantity: z.int().min(1).max(1000) }))
    .min(1, 'Choose at least one item to return.')
    .max(100)
    .refine((items) => new Set(items.map((i) => i.lineId)).size === items.length, 'Each item can appear only once.'),
})

export const ZGiveReasonsRequestSchema = z.object({
  draftId: ZDraftId,
  items: z
    .array(
      z.object({
        lineId: ZLineId,
        reason: z.enum(RETURN_REASONS, { error: 'Choose a reason.' }),
        subReason: z.string().max(60).nullable().default(null),
        note: z.string().trim().max(1000, 'Please keep it under 1,000 characters.').nullable().default(null),
        photoIds: z.array(z.string().min(1).max(64)).max(10).default([]),
      }),
    )
    .min(1)
    .max(100),
})

export const ZChooseResolutionRequestSchema = z.object({ draftId: ZDraftId, resolution: z.enum(RESOLUTIONS) })
export const ZDraftRequestSchema = z.object({ draftId: ZDraftId, locale: ZLocale.optional() })
