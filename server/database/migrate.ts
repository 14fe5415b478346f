import { spawn } from 'node:child_process'
import path from 'node:path'
import { Logger, runMigrations } from 'graphile-worker'
import pg from 'pg'

const PRISMA_BIN = path.resolve('node_modules/.bin/prisma')

/** Applies pending migrations from prisma/migrations with the Prisma CLI (WASM schema engine). */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const output: string[] = []
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(PRISMA_BIN, ['migrate', 'deploy'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output.join('')}`)
  // The job queue keeps its own versioned schema (graphile_worker); migrating it here means a job can
  // be queued inside any transaction from the first request on.
  await runMigrations({ connectionString: databaseUrl, logger: silentLogger })
}

const silentLogger = new Logger(() => () => undefined)

/** Creates `database` on the server behind `serverUrl` unless it exists; optionally as a copy of `template`. */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (exists.rowCount) return false
    const quoted = client.escapeIdentifier(database)
    await client.query(template ? `CREATE DATABASE ${quoted} TEMPLATE ${client.escapeIdentifier(template)}` : `CREATE DATABASE ${quoted}`)
    return true
  } finally {
    await client.end()
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** The same server, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl)
  url.pathname = `/${database}`
  return url.toString()
}
