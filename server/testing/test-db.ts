import { afterAll } from 'vitest'
import { createPrismaClient, type Db } from '@/server/database/prisma-client'

/** A Prisma client on this worker's database, closed after the file's tests. */
export function connectTestDb(): Db {
  const db = createPrismaClient(process.env.DATABASE_URL!)
  afterAll(() => db.$disconnect())
  return db
}
