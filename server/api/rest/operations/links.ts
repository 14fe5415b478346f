import { z } from 'zod'
import { env } from '@/server/env'
import { mintDeepLink } from '@/server/services/deep-links/mint-deep-link'
import { defineOperation } from '../operation'

export const mintLinkOperation = defineOperation({
  method: 'post',
  path: '/links',
  operationId: 'mintLink',
  summary: 'Mint a deep link to start a return',
  description:
    'A signed link for an order email: it opens the order in the portal without the lookup form, works once, and expires. A used or expired link shows the lookup form with the order number filled in.',
  tag: 'Links',
  scope: 'links:write',
  body: z
    .object({
      orderNumber: z.string().trim().min(1).max(64),
      expiresInDays: z.number().int().min(1).max(90).default(30),
    })
    .meta({ id: 'LinkInput' }),
  response: z.object({ url: z.url(), orderNumber: z.string(), expiresAt: z.string() }).meta({ id: 'Link' }),
  successStatus: 201,
  run: async ({ db, caller, now, origin }, { body }) => {
    const link = await mintDeepLink(db, { shopId: caller.shopId, orderNumber: body.orderNumber, ttlSeconds: body.expiresInDays * 86_400, now })
    return { url: `${env().PUBLIC_URL?.replace(/\/+$/, '') ?? origin}${link.path}`, orderNumber: link.orderNumber, expiresAt: link.expiresAt.toISOString() }
  },
})
