import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/prisma/generated/client'

export type Db = PrismaClient

/** A Prisma client on the pg driver adapter (no query-engine binary). */
export function createPrismaClient(databaseUrl: string, options: { log?: ('query' | 'warn' | 'error')[] } = {}): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log: options.log ?? ['error'] })
}
