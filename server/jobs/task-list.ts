import type { Task, TaskList } from 'graphile-worker'
import type { Db } from '@/server/database/prisma-client'
import { appDependencies } from '@/server/dependencies'
import { runOrderImport } from '@/server/services/imports/import-orders'
import { expireLabels } from '@/server/services/labels/expire-labels'
import type { TaskHandler } from './job-context'
import type { TaskName } from './task-names'

const handlers: Record<TaskName, TaskHandler> = {
  'labels:expire': async (_payload, { db, now }) => {
    const { expired } = await expireLabels(db, now())
    if (expired.length > 0) console.log(`[roundtrip] ${expired.length} return label(s) expired.`)
  },
  'orders:import': async (payload, { db, now }) => {
    const { importJobId } = payload as { importJobId: string }
    await runOrderImport(db, appDependencies().storage, importJobId, now)
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
export const CRONTAB = ['*/15 * * * * labels:expire ?max=1'].join('\n')
