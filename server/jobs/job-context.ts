import type { JobHelpers } from 'graphile-worker'
import type Stripe from 'stripe'
import type { Db } from '@/server/database/prisma-client'
import type { Mailer } from '@/server/integrations/mail/mailer'
import type { PostWebhook } from '@/server/integrations/webhooks/post-webhook'

/**
 * The outside world the jobs talk to; by default from the configuration, tests pass clients of real
 * local servers (SMTP, the Stripe emulator). Factories: built on first use.
 */
export interface JobDependencies {
  /** null: no SMTP configured, emails go to the dev inbox. */
  mailer: () => Mailer | null
  postWebhook: () => PostWebhook
  stripe: () => Stripe
}

/** What a task handler gets besides its payload. */
export interface JobContext {
  db: Db
  now: () => Date
  helpers: JobHelpers
  deps: JobDependencies
}

export type TaskHandler = (payload: unknown, context: JobContext) => Promise<void>
