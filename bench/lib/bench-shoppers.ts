import pg from 'pg'

export type BenchShopper = { orderNumber: string; email: string }

/** RFC 2544's benchmarking range: the addresses the many shoppers appear to come from. */
export const benchClientAddress = (n: number) => `198.18.${(n >> 8) & 255}.${n & 255}`

/**
 * Orders for many distinct shoppers in the demo shop, copies of demo order 1001 (same lines, same
 * size of answer) with their own number, email and customer. Under load, concurrent lookups then
 * come from many shoppers for many orders, as in production, instead of one order asked for again
 * and again (which Roundtrip's per-order limit rightly refuses). Idempotent; also forgets earlier
 * runs' rate-limit counts, which live in this reused database.
 */
export async function addBenchShoppers(databaseUrl: string, count: number): Promise<BenchShopper[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN')
    // Whole rows copied through jsonb, so the copy keeps up with any column the schema adds.
    await client.query(
      `WITH src AS (SELECT o.* FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.slug = 'demo' AND o.number = '1001'),
            n AS (SELECT g FROM generate_series(1, $1::int) g)
       INSERT INTO customers (id, shop_id, email)
       SELECT 'bench-customer-' || g, src.shop_id, 'bench-' || g || '@example.com' FROM src, n
       ON CONFLICT DO NOTHING`,
      [count],
    )
    await client.query(
      `WITH src AS (SELECT o.* FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.slug = 'demo' AND o.number = '1001')
       INSERT INTO orders
       SELECT (jsonb_populate_record(NULL::orders, to_jsonb(src) || jsonb_build_object(
                'id', 'bench-order-' || g, 'number', 'B' || g, 'email', 'bench-' || g || '@example.com',
                'customer_id', 'bench-customer-' || g, 'payment_reference', 'pi_bench_' || g, 'refund_reserved_amount', 0))).*
       FROM src, generate_series(1, $1::int) g
       ON CONFLICT DO NOTHING`,
      [count],
    )
    await client.query(
      `INSERT INTO order_lines
       SELECT (jsonb_populate_record(NULL::order_lines, to_jsonb(l) || jsonb_build_object('id', 'bench-line-' || g || '-' || l.position, 'order_id', 'bench-order-' || g))).*
       FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN shops s ON s.id = o.shop_id, generate_series(1, $1::int) g
       WHERE s.slug = 'demo' AND o.number = '1001'
       ON CONFLICT DO NOTHING`,
      [count],
    )
    await client.query('DELETE FROM rate_limits')
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    await client.end()
  }
  return Array.from({ length: count }, (_, i) => ({ orderNumber: `B${i + 1}`, email: `bench-${i + 1}@example.com` }))
}
