import type { Prisma } from '@/prisma/generated/client'
import { type DbClient, poolOf } from './prisma-client'

/**
 * Runs one SQL statement (built with Prisma.sql, so every value is a bound parameter) and returns its
 * rows. On the client it goes straight to the pg pool; inside a transaction, through the transaction.
 *
 * Why: Prisma 6's client engine compiles every statement, raw ones included, in WASM on the event
 * loop, which costs about three times the CPU of the driver itself. The statements that run on every
 * shopper request (lookup, rate limits, the order summary, the policy decision's inputs) use this;
 * everything else stays on Prisma. Columns must be types both paths read alike (text, int4, bool,
 * timestamptz, json): no int8, numeric or bare timestamp.
 */
export async function sql<Row>(db: DbClient, query: Prisma.Sql): Promise<Row[]> {
  const pool = poolOf(db)
  if (pool) return (await pool.query<Row & object>(query.text, query.values as unknown[])).rows
  return db.$queryRaw<Row[]>(query)
}
