import { z } from 'zod'
import { RESOLUTIONS, RETURN_REASONS } from '@/server/domain/policy'
import { ZLocale, ZShopSlug } from '@/server/api/schemas'

export const ZPreviewReturnRequestSchema = z.object({
  shopSlug: ZShopSlug,
  /** The shopper's language for the explanations (en, de, fr, es; others fall back to English). */
  locale: ZLocale.optional(),
  resolution: z.enum(RESOLUTIONS),
  items: z
    .array(
      z.object({
        lineId: z.string().min(1).max(64),
        quantity: z.int().min(1).max(1000),
        reason: z.enum(RETURN_REASONS),
        photoCount: z.int().min(0).max(50).optional(),
        sealIntact: z.boolean().optional(),
      }),
    )
    .min(1, 'Choose at least one item to return.')
    .max(100)
    .refine((items) => new Set(items.map((i) => i.lineId)).size === items.length, 'Each item can appear only once.'),
})

export type TPreviewReturnRequest = z.infer<typeof ZPreviewReturnRequestSchema>
