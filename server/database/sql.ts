import { createHash } from 'node:crypto'
import type { Prisma } from '@/prisma/generated/client'
import { type DbClient, poolOf } from './prisma-client'

/** Statement name per SQL text: each pooled connection prepares a statement once and reuses its plan. */
const names = new Map<string, string>()
const statementName = (text: string) => {
  let name = names.get(text)
  if (!name) names.set(text, (name = `rt_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`))
  return name
}

/**
 * Runs one SQL statement (built with Prisma.sql, so every value is a bound parameter) and returns its
 * rows. On the client it goes straight to the pg pool; inside a transaction, through the transaction.
 *
 * Why: Prisma 6's client engine compiles every statement, raw ones included, in WASM on the event
 * loop, which costs about three times the CPU of the driver itself. The statements that run on every
 * shopper request (lookup, rate limits, the order summary, the policy decision's inputs) use this;
 * everything else stays on Prisma. Columns must be types both paths read alike (text, int4, bool,
 * timestamptz, json): no int8, numeric or bare timestamp. On the pool each statement is prepared once
 * per connection (named after its text) so PostgreSQL does not plan it again on every request.
 */
export async function sql<Row>(db: DbClient, query: Prisma.Sql): Promise<Row[]> {
  const pool = poolOf(db)
  if (pool) return (await pool.query<Row & object>({ name: statementName(query.text), text: query.text, values: query.values as unknown[] })).rows
  return db.$queryRaw<Row[]>(query)
}
