import type { Db } from '@/server/database/prisma-client'

/** Without SMTP (the demo) every email ends up here; with SMTP only a demo deployment keeps showing it. */
export function devInboxEnabled(config: { DEMO_MODE: boolean; SMTP_URL?: string }): boolean {
  return config.DEMO_MODE || !config.SMTP_URL
}

/** Every message about the staff user's shops, and any addressed to them (a sign-in link), newest first. */
export async function listDevInbox(db: Db, input: { shopIds: readonly string[]; staffEmail: string | null; limit?: number }) {
  return db.outboxMessage.findMany({
    where: { OR: [{ shopId: { in: [...input.shopIds] } }, ...(input.staffEmail ? [{ recipient: input.staffEmail }] : [])] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit ?? 100,
    select: {
      id: true, recipient: true, subject: true, template: true, locale: true, status: true, attempts: true, lastError: true,
      shopId: true, createdAt: true, sendAfter: true, deliveredAt: true, data: true,
    },
  })
}
