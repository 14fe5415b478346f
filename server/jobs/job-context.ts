import type { JobHelpers } from 'graphile-worker'
import type Stripe from 'stripe'
import type { Db } from '@/server/database/prisma-client'

/** What a task handler gets besides its payload. Outside services are factories: built on first use. */
export interface JobContext {
  db: Db
  now: () => Date
  stripe: () => Stripe
  helpers: JobHelpers
}

export type TaskHandler = (payload: unknown, context: JobContext) => Promise<void>

/** Services a worker is built with; tests pass the emulator's client. */
export type WorkerServices = Pick<JobContext, 'now' | 'stripe'>
