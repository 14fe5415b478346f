import { z } from 'zod'
import { publicProcedure } from '@/server/api/trpc'
import { shopperCookieHeader } from '@/server/auth/shopper-session'

/** "Look up another order": forgets the order this browser proved. */
export const endSessionRoute = publicProcedure.output(z.object({ ok: z.literal(true) })).mutation(({ ctx }) => {
  ctx.resHeaders.append('set-cookie', shopperCookieHeader('', { secure: ctx.secure, maxAgeSeconds: 0 }))
  return { ok: true as const }
})
