import { PrismaPg } from '@prisma/adapter-pg'
import { type Prisma, PrismaClient } from '@/prisma/generated/client'

export type Db = PrismaClient
/** Either the client or a transaction: read-side helpers take this so they can run inside one. */
export type DbClient = Db | Prisma.TransactionClient

/** A Prisma client on the pg driver adapter (no query-engine binary). */
export function createPrismaClient(databaseUrl: string, options: { log?: ('query' | 'warn' | 'error')[] } = {}): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log: options.log ?? ['error'] })
}
