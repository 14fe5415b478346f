import type { Task, TaskList } from 'graphile-worker'
import { z } from 'zod'
import type { Db } from '@/server/database/prisma-client'
import { stripeFromEnv } from '@/server/integrations/payments/stripe-client'
import { expireLabels } from '@/server/services/labels/expire-labels'
import { executeRefund } from '@/server/services/refunds/execute-refund'
import { reconcilePayment } from '@/server/services/refunds/reconcile-payment'
import { sweepRefunds } from '@/server/services/refunds/sweep-refunds'
import { pruneRateLimits } from '@/server/services/security/rate-limit'
import type { TaskHandler, WorkerServices } from './job-context'
import type { TaskName } from './task-names'

const ZRefundJob = z.object({ refundId: z.string().min(1) })
const ZReconcileJob = z.object({ paymentIntent: z.string().min(1) })

const handlers: Record<TaskName, TaskHandler> = {
  'labels:expire': async (_payload, { db, now }) => {
    const { expired } = await expireLabels(db, now())
    if (expired.length > 0) console.log(`[roundtrip] ${expired.length} return label(s) expired.`)
  },
  'refunds:execute': async (payload, { db, now, stripe }) => {
    const { refundId } = ZRefundJob.parse(payload)
    await executeRefund(db, refundId, { stripe: stripe(), now })
  },
  'refunds:sweep': async (_payload, { db, now }) => {
    await sweepRefunds(db, now())
  },
  'refunds:reconcile': async (payload, { db, now, stripe }) => {
    const { paymentIntent } = ZReconcileJob.parse(payload)
    await reconcilePayment(db, stripe(), paymentIntent, now())
  },
  'rate-limits:prune': async (_payload, { db, now }) => {
    await pruneRateLimits(db, now())
  },
}

/** Binds every handler to the worker's database client and services. */
export function buildTaskList(db: Db, services: Partial<WorkerServices> = {}): TaskList {
  const now = services.now ?? (() => new Date())
  const stripe = services.stripe ?? stripeFromEnv
  const list: TaskList = {}
  for (const [name, handler] of Object.entries(handlers)) {
    const task: Task = (payload, helpers) => handler(payload, { db, now, stripe, helpers })
    list[name] = task
  }
  return list
}

/** Scheduled work (graphile-worker crontab syntax; minute granularity). */
export const CRONTAB = ['*/15 * * * * labels:expire ?max=1', '* * * * * refunds:sweep ?max=1', '17 * * * * rate-limits:prune ?max=1'].join('\n')
