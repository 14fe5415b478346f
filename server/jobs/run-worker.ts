import { Logger, type Runner, run } from 'graphile-worker'
import type { Db } from '@/server/database/prisma-client'
import { logError } from '@/server/security/log'
import type { JobDependencies } from './job-context'
import { CRONTAB, buildTaskList } from './task-list'

export interface WorkerOptions {
  databaseUrl: string
  db: Db
  concurrency?: number
  /** How often to look for due jobs when no notification arrived (LISTEN/NOTIFY wakes it sooner). */
  pollIntervalMs?: number
  crontab?: boolean
  /** Mail, webhook and Stripe clients; any not given come from the configuration. */
  deps?: Partial<JobDependencies>
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

let muted = false

/** On shutdown the database may stop before the worker does (one signal to the whole process group). */
export function muteWorkerLogs(): void {
  muted = true
}

// Jobs that fail are retried and their error is kept on the job: one line each, no stack traces.
const quietLogger = new Logger(() => (level, message) => {
  if (!muted && (level === 'error' || level === 'warning')) logError(`[worker] ${message.split('\n')[0]}`)
})
