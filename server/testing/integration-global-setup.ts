import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '@/server/database/embedded-postgres'
import { dropDatabase, ensureDatabase, migrateDatabase, withDatabase } from '@/server/database/migrate'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string
    templateDatabase: string
    testRunId: string
  }
}

/**
 * One PostgreSQL for the whole run — DATABASE_URL's server when set, otherwise a throwaway embedded
 * one — with a migrated template database that every worker clones (see integration-worker-setup).
 */
export default async function setup(project: TestProject) {
  const runId = `rt_test_${randomBytes(4).toString('hex')}`
  const template = `${runId}_template`
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'roundtrip-test-pg-')), persistent: false, fast: true })
  const serverUrl = embedded ? embedded.url('postgres') : withDatabase(process.env.DATABASE_URL!, 'postgres')

  await ensureDatabase(serverUrl, template)
  await migrateDatabase(withDatabase(serverUrl, template))

  project.provide('databaseServerUrl', serverUrl)
  project.provide('templateDatabase', template)
  project.provide('testRunId', runId)

  return async () => {
    if (embedded) return embedded.stop()
    // On a shared server, leave nothing behind.
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${runId}%`])
    await client.end()
    for (const { datname } of rows) await dropDatabase(serverUrl, datname)
  }
}
