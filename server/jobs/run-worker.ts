import { Logger, type Runner, run } from 'graphile-worker'
import type { Db } from '@/server/database/prisma-client'
import type { JobDependencies } from './job-context'
import { CRONTAB, buildTaskList } from './task-list'

export interface WorkerOptions {
  databaseUrl: string
  db: Db
  concurrency?: number
  /** How often to look for due jobs when no notification arrived (LISTEN/NOTIFY wakes it sooner). */
  pollIntervalMs?: number
  crontab?: boolean
  /** Mail and webhook clients; by default from the configuration (SMTP_URL, DEMO_MODE). */
  deps?: JobDependencies
}

/**
 * Starts a graphile-worker runner in this process. Any number of them may run, in one process or
 * many: PostgreSQL hands each job to exactly one (SKIP LOCKED).
 */
export async function startWorker(options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.databaseUrl,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollIntervalMs ?? 1000,
    noHandleSignals: true,
    taskList: buildTaskList(options.db, undefined, options.deps),
    crontab: options.crontab === false ? '' : CRONTAB,
    logger: quietLogger,
  })
}

// Jobs that fail are retried and their error is kept on the job; only warnings and errors are printed.
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`)
})
