import type { Db } from '@/server/database/prisma-client'
import { renderReturnEmail } from '@/server/domain/notifications/emails/return-emails'
import { labelExpiringDedupeKey } from '@/server/domain/notifications/event-notifications'
import { env } from '@/server/env'
import { emailText } from '@/server/i18n/email-text'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { loadNotificationReturns } from './return-context'

export const REMIND_HOURS_BEFORE_EXPIRY = 48

/**
 * The scheduled check: a label that expires within 48 hours and has not been used (the return is
 * still waiting for its first scan) gets one reminder email. Run as often as wanted: the dedupe key
 * per label means one reminder per label, ever.
 */
export async function remindExpiringLabels(db: Db, input: { now: Date; publicUrl?: string }): Promise<{ reminded: number }> {
  const due = await db.label.findMany({
    where: {
      expiresAt: { gt: input.now, lte: new Date(input.now.getTime() + REMIND_HOURS_BEFORE_EXPIRY * 3_600_000) },
      voidedAt: null,
      returnRequest: { status: 'label_issued' },
    },
    select: { id: true, returnId: true },
  })
  if (due.length === 0) return { reminded: 0 }
  const returns = await loadNotificationReturns(db, due.map((l) => l.returnId), input.publicUrl ?? env().PUBLIC_URL)
  let reminded = 0
  for (const label of due) {
    const ret = returns.get(label.returnId)
    if (!ret) continue
    const rendered = renderReturnEmail('label_expiring', ret.emailContext(null), emailText(ret.locale))
    await db.$transaction((tx) =>
      enqueueMessage(tx, {
        dedupeKey: labelExpiringDedupeKey(label.id),
        channel: 'email',
        recipient: ret.recipient,
        template: 'return.label_expiring',
        data: { ...rendered, ...(ret.replyTo ? { replyTo: ret.replyTo } : {}), labelId: label.id },
        subject: rendered.subject,
        sendAfter: input.now,
        shopId: ret.shop.id,
        locale: ret.locale,
      }),
    )
    reminded++
  }
  return { reminded }
}
