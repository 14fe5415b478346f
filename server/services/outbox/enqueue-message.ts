import type { Prisma } from '@/prisma/generated/client'
import type { DbClient } from '@/server/database/prisma-client'
import { enqueueJob } from '@/server/jobs/enqueue-job'

export type OutboxMessageInput = {
  /** Same key, same message: writing an intent twice (a retry, a second path) sends it once. */
  dedupeKey: string
  channel: 'email'
  recipient: string
  template: string
  /** What the sender sends: `subject` and `text` and/or `html`, plus whatever the template keeps for itself. */
  data: Prisma.InputJsonObject
  sendAfter: Date
  /** The shop the message is about, so its staff find it in the dev inbox. */
  shopId?: string | null
  locale?: string | null
  subject?: string | null
}

/** Attempts per email before it is marked failed; graphile-worker waits e^n seconds after the n-th (capped at e^10), about 22 hours in all. */
export const EMAIL_MAX_ATTEMPTS = 13

/**
 * Writes a message to send, inside the caller's transaction, and queues its delivery in the same
 * transaction: the message and its job exist together or not at all.
 */
export async function enqueueMessage(db: DbClient, message: OutboxMessageInput): Promise<void> {
  const subject = message.subject ?? (typeof message.data.subject === 'string' ? message.data.subject : null)
  const row = await db.outboxMessage.upsert({
    where: { dedupeKey: message.dedupeKey },
    create: { ...message, subject },
    update: {},
    select: { id: true, status: true },
  })
  if (row.status !== 'pending') return
  await enqueueJob(db, 'emails:send', { messageId: row.id }, {
    jobKey: `emails:send:${row.id}`,
    jobKeyMode: 'unsafe_dedupe',
    runAt: message.sendAfter,
    maxAttempts: EMAIL_MAX_ATTEMPTS,
  })
}
