import { z } from 'zod'
import { ZShopSlug } from '@/server/api/schemas'

export const ZLookupOrderRequestSchema = z.object({
  shopSlug: ZShopSlug,
  orderNumber: z.string().trim().min(1, 'Enter your order number.').max(64, 'That order number is too long.'),
  email: z.email({ error: 'Enter the email address you used for the order.' }).max(254),
})

export type TLookupOrderRequest = z.infer<typeof ZLookupOrderRequestSchema>
