import { createHash } from 'node:crypto'
import type { Db } from '@/server/database/prisma-client'
import { normalizeEmail } from '@/server/domain/customer-input'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'

export type MagicLinkRequest = { identifier: string; url: string; expires: Date }

/** True for an email that belongs to staff of at least one shop: nobody else gets a link or an account. */
export async function isStaffEmail(db: Db, email: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { memberships: { select: { shopId: true }, take: 1 } } })
  return (user?.memberships.length ?? 0) > 0
}

/**
 * Sends a staff sign-in link through the outbox (template `staff-magic-link`): the mail worker sends
 * it by SMTP when SMTP_URL is set, otherwise it stays in the dev inbox. An address that is not staff
 * gets nothing, and the sign-in page says the same either way, so it does not reveal who is staff.
 */
export async function sendMagicLink(db: Db, request: MagicLinkRequest): Promise<void> {
  const email = normalizeEmail(request.identifier)
  if (!(await isStaffEmail(db, email))) return
  const text = `Sign in to the Roundtrip staff console:\n\n${request.url}\n\nThe link works once and expires at ${request.expires.toISOString()}. If you did not ask for it, ignore this email.`
  await db.$transaction((tx) =>
    enqueueMessage(tx, {
      // One row per link: the token is in the URL, so its hash identifies the link without storing it twice.
      dedupeKey: `staff-magic-link:${createHash('sha256').update(request.url).digest('hex')}`,
      channel: 'email',
      recipient: email,
      template: 'staff-magic-link',
      subject: 'Your Roundtrip sign-in link',
      data: { url: request.url, expiresAt: request.expires.toISOString(), subject: 'Your Roundtrip sign-in link', text },
      sendAfter: new Date(),
    }),
  )
}
