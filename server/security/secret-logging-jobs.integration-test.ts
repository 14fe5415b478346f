import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Runner } from 'graphile-worker'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { enqueueJob } from '@/server/jobs/enqueue-job'
import { startWorker } from '@/server/jobs/run-worker'
import { relayEvents } from '@/server/services/notifications/relay-events'
import { submittedReturn } from '@/server/services/notifications/test-kit.fixture'
import { createWebhookEndpoint } from '@/server/services/notifications/webhook-endpoints'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { captureOutput, findLeaks } from '@/server/testing/output-capture'
import { startSmtpInbox } from '@/server/testing/smtp-inbox'
import { startStripeEmulator } from '@/server/testing/stripe-emulator'
import { eventually } from '@/server/testing/stripe-harness'
import { connectTestDb } from '@/server/testing/test-db'
import { SMTP_USER, configureSecrets, configuredSecrets } from './secret-logging.fixture'

// The background worker's failures, with the app's own configuration (no test doubles): an SMTP
// server that refuses our login, a webhook receiver that answers 500, and Stripe refusing our key.
const smtp = await startSmtpInbox({ auth: { user: SMTP_USER, pass: 'the-right-password-0123' } })
const stripe = await startStripeEmulator()
configureSecrets(smtp.port)
process.env.STRIPE_API_BASE = stripe.url

const db = connectTestDb()
const receiver = createServer((_req, res) => res.writeHead(500).end('down for maintenance'))
const output = captureOutput()
let worker: Runner | undefined
const secrets: Record<string, string> = {}

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { shop, returnId } = await submittedReturn(db)
  const { secret } = await createWebhookEndpoint(db, {
    shopId: shop.id, url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, eventTypes: ['return.created'], createdById: null, allowPrivateNetworks: true,
  })
  secrets.webhookSigningSecret = secret
  // The return's confirmation email and its return.created webhook.
  await relayEvents(db, { now: new Date(), returnId, publicUrl: 'https://returns.example' })
  // A staff sign-in link: its token is in the body of a mail that will not go out.
  secrets.magicLinkToken = randomBytes(32).toString('hex')
  await db.$transaction((tx) =>
    enqueueMessage(tx, {
      dedupeKey: `leak-check-${secrets.magicLinkToken}`, channel: 'email', recipient: 'staff@example.com', template: 'staff-magic-link', sendAfter: new Date(),
      data: { subject: 'Sign in to Roundtrip', text: `Open https://returns.example/api/auth/callback/email?token=${secrets.magicLinkToken}&email=staff%40example.com` },
    }),
  )
  await enqueueJob(db, 'refunds:reconcile', { paymentIntent: 'pi_leak_check' })
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db, crontab: false, pollIntervalMs: 100 })
})

afterAll(async () => {
  await worker?.stop()
  output.restore()
  receiver.closeAllConnections()
  await new Promise((resolve) => receiver.close(resolve))
  await stripe.stop()
  await smtp.stop()
})

test('failed jobs are logged, one line each, with the reason and without any secret', async () => {
  const log = await eventually(async () => {
    const text = output.since(0)
    for (const task of ['emails:send', 'webhooks:deliver', 'refunds:reconcile']) expect(text).toMatch(new RegExp(`\\[worker\\] Failed task \\d+ \\(${task}`))
    return text
  })
  // The reasons an operator needs are kept: the SMTP refusal, the receiver's status, Stripe's answer.
  expect(log).toContain('Invalid login: 535')
  expect(log).toContain('The receiver answered HTTP 500')
  expect(log).toContain('Invalid API Key provided')
  expect(findLeaks(log, { ...configuredSecrets(), ...secrets })).toEqual([])
})
