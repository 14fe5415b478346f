import type { Runner } from 'graphile-worker'
import { afterEach, describe, expect, test } from 'vitest'
import { createSmtpMailer } from '@/server/integrations/mail/mailer'
import { createWebhookPoster } from '@/server/integrations/webhooks/post-webhook'
import { startWorker } from '@/server/jobs/run-worker'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { startSmtpInbox } from '@/server/testing/smtp-inbox'
import { connectTestDb } from '@/server/testing/test-db'
import { sendEmail } from './send-email'
import { moveReturn, submittedReturn } from './test-kit.fixture'

const db = connectTestDb()
const FROM = 'Roundtrip <no-reply@returns.example>'
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function worker(smtpUrl: string): Promise<Runner> {
  const runner = await startWorker({
    databaseUrl: process.env.DATABASE_URL!,
    db,
    crontab: false,
    pollIntervalMs: 100,
    deps: { mailer: () => createSmtpMailer(smtpUrl), postWebhook: () => createWebhookPoster({ allowPrivateNetworks: true }) },
  })
  cleanups.push(() => runner.stop())
  return runner
}

const attempt = (messageId: string, n: number) => ({ messageId, now: new Date(), attempt: n, maxAttempts: 3, from: FROM, messageIdDomain: 'returns.example' })

async function plainMessage(key: string, extra: Partial<Parameters<typeof enqueueMessage>[1]> = {}) {
  await db.$transaction((tx) =>
    enqueueMessage(tx, {
      dedupeKey: key, channel: 'email', recipient: 'staff@kestrel.example', template: 'staff-magic-link',
      data: { subject: 'Sign in to Roundtrip', text: 'Open https://returns.example/sign-in?token=abc', html: '<p>Open <a href="https://returns.example/sign-in?token=abc">this link</a></p>' },
      sendAfter: new Date(), ...extra,
    }),
  )
  return db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } })
}

describe('emails over SMTP', () => {
  test('what a worker sends arrives: recipient, subject and language, the shop branding, and the Reply-To of its support', async () => {
    const smtp = await startSmtpInbox()
    cleanups.push(smtp.stop)
    const { returnId, rma } = await submittedReturn(db, { locale: 'fr', email: 'camille.roux@example.com', shopName: 'Maison <Kestrel>' })
    await moveReturn(db, returnId, 'label_issued')
    await worker(smtp.url)

    const mails = await smtp.waitFor(2)
    const bySubject = mails.map((m) => m.subject).sort()
    expect(bySubject).toEqual([`Nous avons bien reçu votre demande de retour ${rma}`, `Retour ${rma} accepté : votre étiquette prépayée`].sort())
    for (const mail of mails) {
      expect(mail.to).toEqual(['camille.roux@example.com'])
      expect(mail.from).toBe('no-reply@roundtrip.localhost')
      expect(mail.headers.get('content-language')).toBe('fr')
      expect(mail.headers.get('reply-to')).toBe('help@shop.example')
      expect(mail.html).toContain('<html lang="fr">')
      expect(mail.html).toContain('background:#1f3a5f')
      expect(mail.html).toContain('alt="Maison &lt;Kestrel&gt;"')
      expect(mail.text).toContain('Bonjour Test Shopper,')
    }
    const label = mails.find((m) => m.subject.includes('étiquette'))!
    expect(label.text).toContain(`/api/portal/returns/${rma}/label`)
    await expect.poll(async () => (await db.outboxMessage.findMany({ where: { recipient: 'camille.roux@example.com' } })).map((m) => [m.status, m.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ])
  })

  test('the server refuses twice, then accepts: the message is sent exactly once, with each failure on record', async () => {
    const smtp = await startSmtpInbox()
    cleanups.push(smtp.stop)
    const mailer = createSmtpMailer(smtp.url)
    const message = await plainMessage('test:reject-then-accept')
    smtp.rejectNext(2)

    await expect(sendEmail(db, mailer, attempt(message.id, 1))).rejects.toThrow(/451/)
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/451/) })
    await expect(sendEmail(db, mailer, attempt(message.id, 2))).rejects.toThrow(/451/)
    await expect(sendEmail(db, mailer, attempt(message.id, 3))).resolves.toBe('sent')
    // A duplicate job, a sweep, a second worker: nothing goes out twice.
    await expect(sendEmail(db, mailer, attempt(message.id, 1))).resolves.toBe('not_pending')
    await Promise.all([sendEmail(db, mailer, attempt(message.id, 1)), sendEmail(db, mailer, attempt(message.id, 1))])

    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([[['staff@kestrel.example'], 'Sign in to Roundtrip']])
    expect(smtp.received[0]!.text).toContain('token=abc')
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'sent', attempts: 3, lastError: null })
  })

  test('the server is down: the job queue backs off and retries, and once it is up the message goes out once', async () => {
    const probe = await startSmtpInbox()
    const port = probe.port
    await probe.stop()
    const message = await plainMessage('test:down-then-up')
    await worker(`smtp://127.0.0.1:${port}`)

    const job = async () =>
      (await db.$queryRaw<{ attempts: number; run_at: Date; last_error: string | null }[]>`
        SELECT j.attempts, j.run_at, j.last_error FROM graphile_worker._private_jobs j WHERE j.key = ${`emails:send:${message.id}`}`)[0]
    // graphile-worker counts the attempt when it takes the job and records the error when it fails.
    await expect.poll(async () => (await job())?.last_error ?? null, { timeout: 10_000 }).not.toBeNull()
    const failed = (await job())!
    expect(failed.attempts).toBe(1)
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i)
    // graphile-worker's exponential backoff: the first retry waits e^1 ≈ 2.7 s.
    expect(failed.run_at.getTime() - Date.now()).toBeGreaterThan(1000)
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'pending', attempts: 1 })

    const smtp = await startSmtpInbox({ port })
    cleanups.push(smtp.stop)
    await smtp.waitFor(1, 15_000)
    await expect.poll(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).status, { timeout: 5000 }).toBe('sent')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.received).toHaveLength(1)
    expect(await job()).toBeUndefined()
  })

  test('without SMTP a message is delivered to the dev inbox and never sent', async () => {
    const message = await plainMessage('test:dev-inbox')
    await expect(sendEmail(db, null, attempt(message.id, 1))).resolves.toBe('dev_inbox')
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'dev_inbox', subject: 'Sign in to Roundtrip', deliveredAt: expect.any(Date), sentAt: null })
    await expect(sendEmail(db, null, attempt(message.id, 2))).resolves.toBe('not_pending')
  })

  test('a message with nothing to send fails at once with a clear reason instead of retrying', async () => {
    await db.$transaction((tx) =>
      enqueueMessage(tx, { dedupeKey: 'test:unrendered', channel: 'email', recipient: 'x@example.com', template: 'legacy_template', data: { rma: 'R-1' }, sendAfter: new Date() }),
    )
    const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'test:unrendered' } })
    await expect(sendEmail(db, null, attempt(message.id, 1))).resolves.toBe('unsendable')
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: 'failed',
      lastError: 'Template "legacy_template" has no rendered subject and text or html in its data.',
    })
  })

  test('the last failed attempt marks the message failed', async () => {
    const smtp = await startSmtpInbox()
    cleanups.push(smtp.stop)
    const message = await plainMessage('test:gives-up')
    smtp.rejectNext(5)
    await expect(sendEmail(db, createSmtpMailer(smtp.url), attempt(message.id, 3))).resolves.toBe('unsendable')
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'failed', attempts: 1 })
  })
})
