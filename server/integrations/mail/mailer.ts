import nodemailer from 'nodemailer'

export type OutgoingEmail = {
  from: string
  to: string
  replyTo?: string
  subject: string
  text?: string
  html?: string
  /** Stable per outbox message, so a receiving system can recognise a resend after a crash as the same mail. */
  messageId: string
  language?: string
}

/** Sends one email or throws; `null` in place of a mailer means "no SMTP configured" (the dev inbox). */
export type Mailer = { send: (email: OutgoingEmail) => Promise<void> }

/** A nodemailer SMTP transport from an smtp:// or smtps:// URL, with timeouts well inside a job's transaction. */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const url = new URL(smtpUrl)
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  })
  return {
    async send(email) {
      await transport.sendMail({
        from: email.from,
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        headers: email.language ? { 'Content-Language': email.language } : undefined,
      })
    },
  }
}

const cache = new Map<string, Mailer>()

/** One transport per SMTP URL per process. */
export function smtpMailer(smtpUrl: string | undefined): Mailer | null {
  if (!smtpUrl) return null
  let mailer = cache.get(smtpUrl)
  if (!mailer) cache.set(smtpUrl, (mailer = createSmtpMailer(smtpUrl)))
  return mailer
}
