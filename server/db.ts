import 'server-only'
import { createPrismaClient, type Db } from '@/server/database/prisma-client'
import { env } from '@/server/env'

const globalForDb = globalThis as unknown as { roundtripDb?: Db }

/** The process-wide Prisma client; survives dev hot reloads so connections are not leaked. */
export function getDb(): Db {
  globalForDb.roundtripDb ??= createPrismaClient(env().DATABASE_URL, {
    log: env().NODE_ENV === 'development' ? ['warn', 'error'] : ['error'],
  })
  return globalForDb.roundtripDb
}
