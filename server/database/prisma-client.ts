import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { type Prisma, PrismaClient } from '@/prisma/generated/client'

export type Db = PrismaClient
/** Either the client or a transaction: read-side helpers take this so they can run inside one. */
export type DbClient = Db | Prisma.TransactionClient

/** The pg pool under each client, shared with `sql()` so hot paths add no connections of their own. */
const pools = new WeakMap<object, pg.Pool>()

/** A Prisma client on the pg driver adapter (no query-engine binary), over a pool `sql()` can use too. */
export function createPrismaClient(databaseUrl: string, options: { log?: ('query' | 'warn' | 'error')[] } = {}): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl })
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), log: options.log ?? ['error'] })
  pools.set(client, pool)
  return client
}

/** The pool under a client made by createPrismaClient; none for a transaction, which has its own connection. */
export function poolOf(db: DbClient): pg.Pool | undefined {
  return pools.get(db)
}
