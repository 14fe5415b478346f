import { PrismaPg } from '@prisma/adapter-pg'
import type pg from 'pg'
import { PrismaClient } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'

const SMALL_TABLE_ROWS = 10_000

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] }
type Captured = { query: string; params: string }

/**
 * A Prisma client that remembers the SQL it sends, so a scenario that calls a service can still be
 * checked for full-table reads: every query of one call is EXPLAINed (plan only, not run again).
 */
export function planningClient(url: string) {
  const captured: Captured[] = []
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] })
  db.$on('query', (event) => captured.push({ query: event.query, params: event.params }))

  /** Tables (of more than a few rows) the planner reads in full for the queries `call` makes: the first place to look for a missing index. */
  async function seqScansOf(pool: pg.Pool, call: (db: Db) => Promise<unknown>): Promise<string[]> {
    captured.length = 0
    await call(db)
    const found = new Set<string>()
    const walk = (node: PlanNode) => {
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) found.add(node['Relation Name'])
      node.Plans?.forEach(walk)
    }
    for (const { query, params } of captured.splice(0)) {
      if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue
      const { rows } = await pool.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${query}`, JSON.parse(params) as unknown[])
      walk(rows[0]!['QUERY PLAN'][0]!.Plan)
    }
    // Reading a table of a few hundred rows (shops, hubs, staff) in full is the right plan.
    const { rows } = await pool.query<{ relname: string }>('SELECT relname FROM pg_class WHERE relname = ANY($1) AND reltuples >= $2 ORDER BY relname', [[...found], SMALL_TABLE_ROWS])
    return rows.map((r) => r.relname)
  }

  return { seqScansOf, disconnect: () => db.$disconnect() }
}
