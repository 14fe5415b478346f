import type { Task, TaskList } from 'graphile-worker'
import type { Db } from '@/server/database/prisma-client'
import { z } from 'zod'
import { syncAllSupplierClaims } from '@/server/services/claims/sync-supplier-claims'
import { expireLabels } from '@/server/services/labels/expire-labels'
import { processRemediationRun } from '@/server/services/remediation/process-remediation-run'
import type { TaskHandler } from './job-context'
import type { TaskName } from './task-names'

const handlers: Record<TaskName, TaskHandler> = {
  'labels:expire': async (_payload, { db, now }) => {
    const { expired } = await expireLabels(db, now())
    if (expired.length > 0) console.log(`[roundtrip] ${expired.length} return label(s) expired.`)
  },
  'claims:sync': async (_payload, { db, now }) => {
    const added = await syncAllSupplierClaims(db, now())
    if (added > 0) console.log(`[roundtrip] ${added} returned item(s) added to supplier claims.`)
  },
  'remediation:run': async (payload, { db, now }) => {
    const { runId } = z.object({ runId: z.string().min(1) }).parse(payload)
    await processRemediationRun(db, { runId, now })
  },
}

/** Binds every handler to the worker's database client. */
export function buildTaskList(db: Db, now: () => Date = () => new Date()): TaskList {
  const list: TaskList = {}
  for (const [name, handler] of Object.entries(handlers)) {
    const task: Task = (payload, helpers) => handler(payload, { db, now, helpers })
    list[name] = task
  }
  return list
}

/** Scheduled work (graphile-worker crontab syntax; minute granularity). */
export const CRONTAB = ['*/15 * * * * labels:expire ?max=1', '7,37 * * * * claims:sync ?max=1'].join('\n')
