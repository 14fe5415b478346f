/**
 * Fills a dedicated database with a scale data set, generated inside PostgreSQL (INSERT … SELECT
 * generate_series, one statement per chunk: no rows cross the wire).
 *   npx tsx bench/generate-scale.ts [--orders 1000000] [--shops 50] [--force]
 * Uses BENCH_DATABASE_URL's server when set, else the bench's embedded PostgreSQL (.data/bench-postgres).
 * Every CHECK constraint holds: emails normalised, ISO currency and country codes, amounts ≥ 0.
 */
import { parseArgs } from 'node:util'
import pg from 'pg'
import { dropDatabase, ensureDatabase, migrateDatabase } from '@/server/database/migrate'
import { type BenchPostgres, startBenchPostgres } from './lib/bench-servers'
import { chunks, progressLine } from './lib/progress'
import { type ScaleShape, scaleDatabaseName, scaleMarker, scaleShape } from './lib/scale-shape'

const CHUNK = 50_000
// The most recent order is placed a day before this instant; older ones up to 400 days before.
const REFERENCE = "date_trunc('day', now()) - interval '1 day'"
const STATUSES = ['requested', 'needs_review', 'approved', 'rejected', 'label_issued', 'in_transit', 'received', 'inspected', 'refund_pending', 'refunded', 'replacement_sent', 'credit_issued', 'cancelled', 'expired']
const CLOSED = ['refunded', 'replacement_sent', 'credit_issued', 'rejected', 'cancelled', 'expired']
const SUPPLIERS = 3
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`

type Step = { label: string; total: number; sql: string }

function steps(shape: ScaleShape): Step[] {
  const { shops: S, customers: C } = shape
  // Per-shop currency, country and tax style, by shop index.
  const currency = (shop: string) => `(ARRAY['EUR','USD','GBP'])[1 + (${shop}) % 3]`
  const country = (shop: string) => `(ARRAY['DE','US','GB'])[1 + (${shop}) % 3]`
  return [
    {
      label: 'customers',
      total: C,
      sql: `INSERT INTO customers (id, shop_id, email, name)
        SELECT 'bcu_' || c, 'bsh_' || (c % ${S}), 'shopper' || c || '@example.com', 'Shopper ' || c
        FROM generate_series($1::int, $2::int - 1) c`,
    },
    {
      label: 'orders',
      total: shape.orders,
      sql: `INSERT INTO orders (id, shop_id, customer_id, number, email, customer_name, ship_name, ship_line1, ship_city, ship_postcode,
          ship_country, currency, buyer_type, prices_include_tax, placed_at, shipped_at, delivered_at, payment_reference,
          subtotal_amount, discount_amount, shipping_amount, tax_amount, total_amount, captured_amount, created_at, updated_at)
        SELECT 'bor_' || i, 'bsh_' || (i % ${S}), 'bcu_' || (i % ${C}), (100000 + i / ${S})::text, 'shopper' || (i % ${C}) || '@example.com',
          'Shopper ' || (i % ${C}), 'Shopper ' || (i % ${C}), (1 + i % 200) || ' Bench Street', 'Bench City', lpad((i % 99999)::text, 5, '0'),
          ${country(`i % ${S}`)}, ${currency(`i % ${S}`)}, 'consumer', (i % ${S}) % 3 <> 1, placed, placed + interval '1 day',
          CASE WHEN placed + interval '4 days' < now() THEN placed + interval '4 days' END,
          'pi_bench_' || i, n * p, 0, 0, 0, n * p, n * p, placed, placed
        FROM (SELECT i, 1 + i % 3 AS n, 1000 + (i * 37) % 9000 AS p,
                ${REFERENCE} - ((${shape.orders} - 1 - i) * 400 / ${shape.orders}) * interval '1 day' - (i % 86400) * interval '1 second' AS placed
              FROM generate_series($1::int, $2::int - 1) i) g`,
    },
    {
      label: 'order lines',
      total: shape.orders,
      sql: `INSERT INTO order_lines (id, order_id, position, sku, title, category, unit_price, quantity, supplier_id)
        SELECT 'bol_' || i || '_' || l, 'bor_' || i, l, 'SKU-' || ((i + l) % 500), 'Bench product ' || ((i + l) % 500),
          (ARRAY['Knitwear','Bags','Kitchen','Outerwear'])[1 + (i + l) % 4], 1000 + (i * 37) % 9000, 1, 'bsu_' || (i % ${S}) || '_' || ((i + l) % ${SUPPLIERS})
        FROM generate_series($1::int, $2::int - 1) i CROSS JOIN LATERAL generate_series(1, 1 + i % 3) l`,
    },
    {
      // Statuses spread evenly over every return state (5 is coprime with the 14 states). Every fourth
      // return keeps a fee, one in twenty refunds is a keep-it, one in a hundred waits for attention,
      // and closed returns closed up to ten days after the request: the analytics and queue have
      // something of everything to show.
      label: 'returns',
      total: shape.returns,
      sql: `INSERT INTO return_requests (id, shop_id, order_id, rma, status, resolution, keep_item, currency, items_amount, fees_amount, refund_amount, hub_id,
          attention_reason, attention_at, created_at, updated_at, closed_at)
        SELECT 'brr_' || r, o.shop_id, o.id, 'R-B' || lpad(r::text, 7, '0'), s.status::"ReturnStatus", s.resolution::"Resolution", s.keep_item, o.currency,
          a.items, a.fees, a.items - a.fees, CASE WHEN s.keep_item THEN NULL ELSE 'bench-hub' END,
          CASE WHEN r % 100 = 7 THEN 'dispute' END, CASE WHEN r % 100 = 7 THEN created END, created, created,
          CASE WHEN s.status = ANY(${sqlArray(CLOSED)}) THEN LEAST(created + (1 + r % 240) * interval '1 hour', now()) END
        FROM generate_series($1::int, $2::int - 1) r JOIN orders o ON o.id = 'bor_' || (r * 5 + r / 10 % 5)
          CROSS JOIN LATERAL (SELECT (${sqlArray(STATUSES)})[1 + (r * 5) % ${STATUSES.length}] AS status,
            (ARRAY['refund','refund','refund','store_credit','exchange'])[1 + r % 5] AS resolution, r % 20 = 3 AS keep_item) s
          CROSS JOIN LATERAL (SELECT o.subtotal_amount / (1 + (r * 5) % 3) AS items) i
          CROSS JOIN LATERAL (SELECT i.items, CASE WHEN r % 4 = 0 THEN LEAST(495, i.items) ELSE 0 END AS fees) a
          CROSS JOIN LATERAL (SELECT LEAST(COALESCE(o.delivered_at, o.shipped_at) + (r % 20) * interval '1 day', now()) AS created) c`,
    },
    {
      label: 'return items',
      total: shape.returns,
      sql: `INSERT INTO return_items (id, return_id, order_line_id, quantity, reason, refund_amount)
        SELECT 'bri_' || r, 'brr_' || r, 'bol_' || (r * 5 + r / 10 % 5) || '_1', 1,
          (ARRAY['doesnt_fit','doesnt_fit','didnt_like','damaged','defective','wrong_item','no_longer_needed'])[1 + r % 7], rr.refund_amount
        FROM generate_series($1::int, $2::int - 1) r JOIN return_requests rr ON rr.id = 'brr_' || r`,
    },
    {
      label: 'labels (every other return)',
      total: shape.returns,
      sql: `INSERT INTO labels (id, return_id, hub_id, carrier, tracking_number, pdf_key, slip_key, qr_payload, weight_class, cost_amount, cost_currency, expires_at, created_at)
        SELECT 'bla_' || r, rr.id, 'bench-hub', 'hub-network', 'RT' || lpad(r::text, 9, '0') || 'US', 'bench/' || r || '.pdf', 'bench/' || r || '-slip.pdf',
          'https://returns.example.com/d/' || rr.rma, 'small', 745, rr.currency, rr.created_at + interval '28 days', rr.created_at
        FROM generate_series($1::int, $2::int - 1) r JOIN return_requests rr ON rr.id = 'brr_' || r
        WHERE r % 2 = 0`,
    },
  ]
}

/** Writes the whole data set into an empty, migrated database. */
export async function generateScale(url: string, shape: ScaleShape, progress: (line: string, done: boolean) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`SET synchronous_commit = off`)
    // Bulk rows skip the per-statement triggers (and foreign-key checks, which these rows satisfy by
    // construction) when the role may: a superuser, as on the bench's embedded server. Otherwise the
    // triggers keep the summaries as the rows go in, which is slower but the same in the end.
    await client.query(`SET session_replication_role = replica`).catch(() => undefined)
    await client.query(
      `INSERT INTO shops (id, slug, name, brand_primary, brand_accent, currency, locale, updated_at)
       SELECT 'bsh_' || s, 'bench-' || s, 'Bench Shop ' || s, '#1f2937', '#b45309', (ARRAY['EUR','USD','GBP'])[1 + s % 3], (ARRAY['de','en','en'])[1 + s % 3], now()
       FROM generate_series(0, $1::int - 1) s`,
      [shape.shops],
    )
    await client.query(
      `INSERT INTO hubs (id, code, name, line1, city, postcode, country, latitude, longitude, accepts_countries, carriers)
       VALUES ('bench-hub', 'bench-hub', 'Bench Hub', '1 Hub Road', 'Venlo', '5928', 'NL', 51.37, 6.17, ARRAY['DE','NL','GB','US'], ARRAY['hub-network'])`,
    )
    await client.query(
      `INSERT INTO suppliers (id, shop_id, code, name, country)
       SELECT 'bsu_' || s || '_' || k, 'bsh_' || s, 'SUP-' || k, 'Bench Supplier ' || k, (ARRAY['CN','PT','TR'])[1 + k]
       FROM generate_series(0, $1::int - 1) s CROSS JOIN generate_series(0, ${SUPPLIERS - 1}) k`,
      [shape.shops],
    )
    // One staff user per shop (its admin), whose identity the queue and analytics scenarios load.
    await client.query(
      `INSERT INTO users (id, email, name, updated_at) SELECT 'bus_' || s, 'staff' || s || '@bench.example.com', 'Bench Staff ' || s, now() FROM generate_series(0, $1::int - 1) s`,
      [shape.shops],
    )
    await client.query(`INSERT INTO memberships (user_id, shop_id, role) SELECT 'bus_' || s, 'bsh_' || s, 'admin' FROM generate_series(0, $1::int - 1) s`, [shape.shops])
    const startedAt = performance.now()
    for (const step of steps(shape)) {
      for (const [from, to] of chunks(step.total, CHUNK)) {
        await client.query(step.sql, [from, to])
        progress(progressLine(step.label, to, step.total, performance.now() - startedAt), false)
      }
      progress(progressLine(step.label, step.total, step.total, performance.now() - startedAt), true)
    }
    // Written with triggers off (below): the summaries the triggers keep are computed once, at the end.
    progress('summaries (queue counts, filter values, analytics)…', true)
    await client.query('SELECT return_status_counts_rebuild()')
    await client.query('SELECT return_filter_values_rebuild()')
    await client.query('SELECT analytics_rebuild()')
    progress(`summaries done at ${((performance.now() - startedAt) / 1000).toFixed(0)} s; ANALYZE…`, true)
    await client.query('ANALYZE')
  } finally {
    await client.end()
  }
}

/**
 * The scale database for `shape`, generated unless a complete one exists (marked by a comment on the
 * database, written last), or when `force`. A reused one is migrated first: a migration added since
 * it was generated (a summary table, say) fills itself from the rows already there. Returns its URL.
 */
export async function ensureScaleDatabase(postgres: BenchPostgres, shape: ScaleShape, options: { force?: boolean; log: (line: string) => void; progress: (line: string, done: boolean) => void }): Promise<string> {
  const name = scaleDatabaseName(shape)
  const admin = postgres.url('postgres')
  if (!options.force && (await markerOf(admin, name)) === scaleMarker(shape)) {
    options.log(`reusing ${name}`)
    await migrateDatabase(postgres.url(name))
    return postgres.url(name)
  }
  options.log(`generating ${name}: ${shape.orders.toLocaleString('en')} orders, ${shape.returns.toLocaleString('en')} returns, ${shape.shops} shops…`)
  await dropDatabase(admin, name)
  await ensureDatabase(admin, name)
  const url = postgres.url(name)
  await migrateDatabase(url)
  const startedAt = performance.now()
  await generateScale(url, shape, options.progress)
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(scaleMarker(shape))}`).finally(() => client.end())
  options.log(`${name} generated in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`)
  return url
}

async function markerOf(adminUrl: string, database: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ marker: string | null }>('SELECT shobj_description(oid, $2) AS marker FROM pg_database WHERE datname = $1', [database, 'pg_database'])
    return rows[0]?.marker ?? null
  } finally {
    await client.end()
  }
}

let lastLogged = ''
/** A progress bar on stderr: redrawn in place on a terminal; into a log, a line each time the bar grows. */
export function stderrProgress(line: string, done: boolean): void {
  if (process.stderr.isTTY) return void process.stderr.write(`\r${line}${done ? '\n' : ''}`)
  const bar = line.slice(0, line.indexOf(']') + 1) + line.slice(line.indexOf('%') + 1).split(/\d/)[0]
  if (bar !== lastLogged || done) process.stderr.write(`${line}\n`)
  lastLogged = bar
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { orders: { type: 'string', default: '1000000' }, shops: { type: 'string', default: '50' }, force: { type: 'boolean', default: false } } })
  const orders = Number(values.orders.replaceAll('_', ''))
  const shops = Number(values.shops)
  if (!Number.isSafeInteger(orders) || !Number.isSafeInteger(shops) || orders < shops || shops < 1) {
    console.error('Usage: npx tsx bench/generate-scale.ts [--orders 1000000] [--shops 50] [--force]  (orders ≥ shops ≥ 1)')
    process.exit(2)
  }
  const postgres = await startBenchPostgres()
  try {
    const url = await ensureScaleDatabase(postgres, scaleShape(orders, shops), { force: values.force, log: (line) => console.error(line), progress: stderrProgress })
    console.log(url.replace(/:[^:@/]+@/, ':***@'))
  } finally {
    await postgres.stop()
  }
}
