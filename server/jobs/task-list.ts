import type { Task, TaskList } from 'graphile-worker'
import { z } from 'zod'
import type { Db } from '@/server/database/prisma-client'
import { DEFAULT_PUBLIC_URL, env } from '@/server/env'
import { smtpMailer } from '@/server/integrations/mail/mailer'
import { createWebhookPoster } from '@/server/integrations/webhooks/post-webhook'
import { appDependencies } from '@/server/dependencies'
import { logInfo } from '@/server/security/log'
import { runOrderImport } from '@/server/services/imports/import-orders'
import { syncAllSupplierClaims } from '@/server/services/claims/sync-supplier-claims'
import { expireLabels } from '@/server/services/labels/expire-labels'
import { deliverWebhook } from '@/server/services/notifications/deliver-webhook'
import { allowPrivateWebhookTargets } from '@/server/services/notifications/network-policy'
import { relayEvents } from '@/server/services/notifications/relay-events'
import { remindExpiringLabels } from '@/server/services/notifications/remind-expiring-labels'
import { sendEmail, sweepOutbox } from '@/server/services/notifications/send-email'
import { stripeFromEnv } from '@/server/integrations/payments/stripe-client'
import { executeRefund } from '@/server/services/refunds/execute-refund'
import { reconcilePayment } from '@/server/services/refunds/reconcile-payment'
import { sweepRefunds } from '@/server/services/refunds/sweep-refunds'
import { processRemediationRun } from '@/server/services/remediation/process-remediation-run'
import { pruneRateLimits } from '@/server/services/security/rate-limit'
import type { JobDependencies, TaskHandler } from './job-context'
import type { TaskName } from './task-names'

const ZRelayPayload = z.object({ returnId: z.string().optional() }).loose()
const ZMessagePayload = z.object({ messageId: z.string() })
const ZDeliveryPayload = z.object({ deliveryId: z.string(), replay: z.boolean().default(false) })
const ZRefundJob = z.object({ refundId: z.string().min(1) })
const ZReconcileJob = z.object({ paymentIntent: z.string().min(1) })
const ZRemediationJob = z.object({ runId: z.string().min(1) })

const handlers: Record<TaskName, TaskHandler> = {
  'claims:sync': async (_payload, { db, now }) => {
    const added = await syncAllSupplierClaims(db, now())
    if (added > 0) logInfo(`[roundtrip] ${added} returned item(s) added to supplier claims.`)
  },
  'remediation:run': async (payload, { db, now }) => {
    const { runId } = ZRemediationJob.parse(payload)
    await processRemediationRun(db, { runId, now })
  },
  'labels:expire': async (_payload, { db, now }) => {
    const { expired } = await expireLabels(db, now())
    if (expired.length > 0) logInfo(`[roundtrip] ${expired.length} return label(s) expired.`)
  },
  'refunds:execute': async (payload, { db, now, deps }) => {
    const { refundId } = ZRefundJob.parse(payload)
    await executeRefund(db, refundId, { stripe: deps.stripe(), now })
  },
  'refunds:sweep': async (_payload, { db, now }) => {
    await sweepRefunds(db, now())
  },
  'refunds:reconcile': async (payload, { db, now, deps }) => {
    const { paymentIntent } = ZReconcileJob.parse(payload)
    await reconcilePayment(db, deps.stripe(), paymentIntent, now())
  },
  'rate-limits:prune': async (_payload, { db, now }) => {
    await pruneRateLimits(db, now())
  },
  'labels:remind': async (_payload, { db, now }) => {
    await remindExpiringLabels(db, { now: now() })
  },
  'events:relay': async (payload, { db, now }) => {
    await relayEvents(db, { now: now(), returnId: ZRelayPayload.parse(payload ?? {}).returnId })
  },
  'emails:send': async (payload, { db, now, helpers, deps }) => {
    const config = env()
    await sendEmail(db, deps.mailer(), {
      messageId: ZMessagePayload.parse(payload).messageId,
      now: now(),
      attempt: helpers.job.attempts,
      maxAttempts: helpers.job.max_attempts,
      from: config.MAIL_FROM,
      messageIdDomain: new URL(config.PUBLIC_URL ?? DEFAULT_PUBLIC_URL).hostname,
    })
  },
  'emails:sweep': async (_payload, { db, now }) => {
    await sweepOutbox(db, now())
  },
  'webhooks:deliver': async (payload, { db, now, helpers, deps }) => {
    const { deliveryId, replay } = ZDeliveryPayload.parse(payload)
    await deliverWebhook(db, deps.postWebhook(), {
      deliveryId, replay, now, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts,
    })
  },
  'orders:import': async (payload, { db, now }) => {
    const { importJobId } = payload as { importJobId: string }
    await runOrderImport(db, appDependencies().storage, importJobId, now)
  },
}

const configuredDependencies: JobDependencies = {
  mailer: () => smtpMailer(env().SMTP_URL),
  postWebhook: () => createWebhookPoster({ allowPrivateNetworks: allowPrivateWebhookTargets() }),
  stripe: stripeFromEnv,
}

/** Binds every handler to the worker's database client; any dependency not given comes from the configuration. */
export function buildTaskList(db: Db, now: () => Date = () => new Date(), given: Partial<JobDependencies> = {}): TaskList {
  const deps: JobDependencies = { ...configuredDependencies, ...given }
  const list: TaskList = {}
  for (const [name, handler] of Object.entries(handlers)) {
    const task: Task = (payload, helpers) => handler(payload, { db, now, helpers, deps })
    list[name] = task
  }
  return list
}

/**
 * Scheduled work (graphile-worker crontab syntax; minute granularity). The relay and the outbox
 * sweep are safety nets: the trigger and enqueueMessage queue their jobs at once.
 */
export const CRONTAB = [
  '*/15 * * * * labels:expire ?max=1',
  '7 * * * * labels:remind ?max=1',
  '* * * * * events:relay ?max=1',
  '*/5 * * * * emails:sweep ?max=1',
  '* * * * * refunds:sweep ?max=1',
  '17 * * * * rate-limits:prune ?max=1',
  '7,37 * * * * claims:sync ?max=1',
].join('\n')
