import { describe, expect, test } from 'vitest'
import { connectTestDb } from '@/server/testing/test-db'
import { enqueueJob } from './enqueue-job'

const db = connectTestDb()

async function queued(task: string) {
  return db.$queryRaw<{ key: string | null; payload: unknown }[]>`
    SELECT j.key, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = ${task}`
}

describe('enqueueJob', () => {
  test('a job queued inside a transaction that rolls back never exists', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, 'labels:expire', { probe: 'rolled-back' }, { jobKey: 'probe:rollback' })
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect((await queued('labels:expire')).filter((j) => j.key === 'probe:rollback')).toEqual([])
  })

  test('a job queued in a committed transaction exists once per key', async () => {
    await db.$transaction((tx) => enqueueJob(tx, 'labels:expire', { n: 1 }, { jobKey: 'probe:commit' }))
    await db.$transaction((tx) => enqueueJob(tx, 'labels:expire', { n: 2 }, { jobKey: 'probe:commit' }))
    const jobs = (await queued('labels:expire')).filter((j) => j.key === 'probe:commit')
    expect(jobs).toEqual([{ key: 'probe:commit', payload: { n: 2 } }])
  })
})
