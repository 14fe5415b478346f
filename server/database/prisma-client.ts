import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { type Prisma, PrismaClient } from '@/prisma/generated/client'
import { logError, logInfo, logWarn } from '@/server/security/log'

export type Db = PrismaClient
/** Either the client or a transaction: read-side helpers take this so they can run inside one. */
export type DbClient = Db | Prisma.TransactionClient

/**
 * The pg pool under each client, shared with `sql()` so hot paths add no connections of their own.
 * Kept on the client under a global symbol, not in a module-level map: Next.js bundles this module
 * once per route, and the process-wide client (server/db.ts) is made by whichever route came first.
 * The owner is kept too, because a transaction client reads through to the client's properties and
 * must never be handed the pool (its statements belong on the transaction's connection).
 */
const POOL = Symbol.for('roundtrip.pgPool')
type PoolSlot = { [POOL]?: { owner: object; pool: pg.Pool } }

type LogLevel = 'query' | 'warn' | 'error'

/**
 * A Prisma client on the pg driver adapter (no query-engine binary), over a pool `sql()` can use too.
 * Its log goes through the redacting logger: a failed write's error echoes its arguments (a webhook
 * secret, a password hash), and a query log shows parameters.
 */
export function createPrismaClient(databaseUrl: string, options: { log?: LogLevel[] } = {}): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl })
  const levels = options.log ?? ['error']
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: levels.map((level) => ({ emit: 'event' as const, level })),
  }) as unknown as PrismaClient<'query' | 'warn' | 'error'>
  if (levels.includes('error')) client.$on('error', (event) => logError(`prisma:error ${event.message}`))
  if (levels.includes('warn')) client.$on('warn', (event) => logWarn(`prisma:warn ${event.message}`))
  if (levels.includes('query')) client.$on('query', (event) => logInfo(`prisma:query ${event.query} ${event.params}`))
  Object.defineProperty(client, POOL, { value: { owner: client, pool } satisfies PoolSlot[typeof POOL] })
  return client as unknown as Db
}

/** The pool under a client made by createPrismaClient; none for a transaction, which has its own connection. */
export function poolOf(db: DbClient): pg.Pool | undefined {
  const slot = (db as PoolSlot)[POOL]
  return slot?.owner === db ? slot.pool : undefined
}
