import { z } from 'zod'
import { assertShopAccess, router, staffProcedure } from '@/server/api/trpc'
import { env } from '@/server/env'
import { devInboxEnabled, listDevInbox } from '@/server/services/notifications/dev-inbox'

export const inboxRouter = router({
  /** The dev inbox: every email about the staff user's shops, as it would have been sent. */
  list: staffProcedure.input(z.object({ shopId: z.string().min(1).optional() })).query(async ({ ctx, input }) => {
    if (input.shopId) assertShopAccess(ctx.staff, input.shopId)
    if (!devInboxEnabled(env())) return { enabled: false as const, smtp: true, messages: [] }
    const shopIds = input.shopId ? [input.shopId] : ctx.staff.memberships.map((m) => m.shopId)
    const messages = await listDevInbox(ctx.db, { shopIds, staffEmail: input.shopId ? null : ctx.staff.email })
    return {
      enabled: true as const,
      /** With SMTP configured (a demo deployment that also sends), these went out too. */
      smtp: Boolean(env().SMTP_URL),
      messages: messages.map(({ data, ...message }) => {
        const content = (data ?? {}) as { subject?: unknown; html?: unknown; text?: unknown }
        return {
          ...message,
          subject: message.subject ?? (typeof content.subject === 'string' ? content.subject : null),
          html: typeof content.html === 'string' ? content.html : null,
          text: typeof content.text === 'string' ? content.text : null,
        }
      }),
    }
  }),
})
