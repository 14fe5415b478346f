import type { DbClient } from '@/server/database/prisma-client'
import type { TaskName } from './task-names'

export interface EnqueueOptions {
  /**
   * Jobs with the same key collapse into one. A job that is running keeps going and a fresh one is
   * queued, so a state change made while a job runs is never lost.
   */
  jobKey?: string
  /** `unsafe_dedupe`: leave an existing job with the key alone, even a running or failed one (graphile-worker's job_key_mode). */
  jobKeyMode?: 'replace' | 'preserve_run_at' | 'unsafe_dedupe'
  runAt?: Date
  maxAttempts?: number
  /** Jobs in one queue run one at a time, in order. */
  queueName?: string
}

/**
 * Queues a background job through graphile-worker's SQL API, so it commits or rolls back with the
 * caller's transaction: pass the transaction client and the job exists exactly when the state change does.
 */
export async function enqueueJob(db: DbClient, task: TaskName, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
  await db.$executeRaw`SELECT graphile_worker.add_job(
    identifier := ${task}::text,
    payload := ${JSON.stringify(payload)}::json,
    queue_name := ${options.queueName ?? null}::text,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${options.maxAttempts ?? null}::int,
    job_key := ${options.jobKey ?? null}::text,
    job_key_mode := ${options.jobKeyMode ?? 'replace'}::text
  )`
}
