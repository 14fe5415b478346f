import { z } from 'zod'

const ZMoney = z.object({ amount: z.number().int(), currency: z.string().length(3) })

/** The DTO boundary: only these fields of an order ever reach a shopper's browser. */
export const ZOrderSummaryResponseSchema = z.object({
  id: z.string(),
  number: z.string(),
  placedAt: z.date(),
  shippedAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  lines: z.array(
    z.object({ id: z.string(), title: z.string(), variant: z.string().nullable(), imageUrl: z.string().nullable(), quantity: z.number().int(), unitPrice: ZMoney }),
  ),
})

export type TOrderSummaryResponse = z.infer<typeof ZOrderSummaryResponseSchema>
