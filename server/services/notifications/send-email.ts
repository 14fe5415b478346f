import type { Db } from '@/server/database/prisma-client'
import type { Mailer } from '@/server/integrations/mail/mailer'
import { EMAIL_MAX_ATTEMPTS } from '@/server/services/outbox/enqueue-message'

export type SendEmailInput = {
  messageId: string
  now: Date
  /** This attempt's number (1-based) and the job's limit: the last failure marks the message failed. */
  attempt: number
  maxAttempts: number
  from: string
  /** For Message-ID headers. */
  messageIdDomain: string
}
export type SendEmailResult = 'sent' | 'dev_inbox' | 'not_pending' | 'in_progress' | 'unsendable'

export class EmailDeliveryError extends Error {
  override readonly name = 'EmailDeliveryError'
}

/**
 * Delivers one outbox message: through SMTP when a mailer is configured, else into the dev inbox.
 * The message row stays locked while the mail server is talking, so two workers never send it at
 * the same time, and a message already sent is never sent again. A failure is recorded (attempts,
 * last error) and rethrown, so the job queue retries with backoff.
 */
export async function sendEmail(db: Db, mailer: Mailer | null, input: SendEmailInput): Promise<SendEmailResult> {
  const outcome = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM outbox_messages WHERE id = ${input.messageId} FOR UPDATE SKIP LOCKED`
      if (!row) {
        const exists = await tx.outboxMessage.count({ where: { id: input.messageId } })
        return { result: exists ? ('in_progress' as const) : ('not_pending' as const) }
      }
      const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id: input.messageId } })
      if (message.status !== 'pending') return { result: 'not_pending' as const }

      // Whoever wrote the message rendered it: any template works as long as it carries subject and text or html.
      const data = (message.data ?? {}) as Record<string, unknown>
      const subject = message.subject ?? (typeof data.subject === 'string' ? data.subject : null)
      const text = typeof data.text === 'string' ? data.text : undefined
      const html = typeof data.html === 'string' ? data.html : undefined
      if (!subject || (!text && !html)) {
        await tx.outboxMessage.update({
          where: { id: message.id },
          data: { status: 'failed', lastError: `Template "${message.template}" has no rendered subject and text or html in its data.` },
        })
        return { result: 'unsendable' as const }
      }
      if (!mailer) {
        await tx.outboxMessage.update({ where: { id: message.id }, data: { status: 'dev_inbox', deliveredAt: input.now, subject } })
        return { result: 'dev_inbox' as const }
      }
      try {
        await mailer.send({
          from: input.from,
          to: message.recipient,
          replyTo: typeof data.replyTo === 'string' ? data.replyTo : undefined,
          subject,
          text,
          html,
          messageId: `<${message.id}@${input.messageIdDomain}>`,
          language: message.locale ?? undefined,
        })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        const final = input.attempt >= input.maxAttempts
        await tx.outboxMessage.update({
          where: { id: message.id },
          data: { attempts: { increment: 1 }, lastError: reason.slice(0, 1000), status: final ? 'failed' : 'pending' },
        })
        return { result: 'failed' as const, reason, final }
      }
      await tx.outboxMessage.update({
        where: { id: message.id },
        data: { status: 'sent', attempts: { increment: 1 }, sentAt: input.now, deliveredAt: input.now, lastError: null, subject },
      })
      return { result: 'sent' as const }
    },
    { timeout: 60_000 },
  )
  if (outcome.result === 'failed') {
    if (outcome.final) return 'unsendable'
    throw new EmailDeliveryError(`Email ${input.messageId} not sent (attempt ${input.attempt} of ${input.maxAttempts}): ${outcome.reason}`)
  }
  return outcome.result
}

/** Queues a send job for every due pending message that has none (written by hand, or a job lost to an operator). */
export async function sweepOutbox(db: Db, now: Date): Promise<{ queued: number }> {
  const due = await db.outboxMessage.findMany({ where: { status: 'pending', sendAfter: { lte: now } }, select: { id: true }, take: 500 })
  for (const { id } of due) {
    await db.$executeRaw`SELECT graphile_worker.add_job('emails:send', json_build_object('messageId', ${id}::text), job_key := ${`emails:send:${id}`}::text, job_key_mode := 'unsafe_dedupe', max_attempts := ${EMAIL_MAX_ATTEMPTS}::int)`
  }
  return { queued: due.length }
}
