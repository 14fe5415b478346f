import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from './embedded-postgres'
import { ensureDatabase, migrateDatabase } from './migrate'

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> }

export const DEFAULT_DATA_DIR = '.data/postgres'

/**
 * The database the app runs on: DATABASE_URL when set (nothing is started), otherwise an embedded
 * PostgreSQL — kept in `.data/postgres` across restarts, or thrown away when `ephemeral`.
 * Either way, pending migrations are applied before this returns.
 */
export async function prepareDatabase(options: { ephemeral?: boolean; log?: (line: string) => void } = {}): Promise<PreparedDatabase> {
  const log = options.log ?? (() => {})
  const external = process.env.DATABASE_URL
  if (external) {
    log('Using the PostgreSQL server in DATABASE_URL.')
    await migrateDatabase(external)
    return { url: external, embedded: false, stop: async () => {} }
  }
  const dataDir = options.ephemeral ? await mkdtemp(path.join(os.tmpdir(), 'roundtrip-pg-')) : DEFAULT_DATA_DIR
  log(`Starting the embedded PostgreSQL (${options.ephemeral ? 'throwaway' : dataDir})…`)
  const server = await startEmbeddedPostgres({ dataDir, persistent: !options.ephemeral, fast: options.ephemeral })
  await ensureDatabase(server.url('postgres'), 'roundtrip')
  const url = server.url('roundtrip')
  log('Applying database migrations…')
  await migrateDatabase(url)
  return { url, embedded: true, stop: server.stop }
}
