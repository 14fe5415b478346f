import type { Db } from '@/server/database/prisma-client'
import type { JobHelpers } from 'graphile-worker'

/** What a task handler gets besides its payload: the database and the clock. */
export interface JobContext {
  db: Db
  now: () => Date
  helpers: JobHelpers
}

export type TaskHandler = (payload: unknown, context: JobContext) => Promise<void>
