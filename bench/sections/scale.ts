import pg from 'pg'
import { createPrismaClient } from '@/server/database/prisma-client'
import { seededRandom } from '@/server/testing/seeded-random'
import { ensureScaleDatabase, stderrProgress } from '../generate-scale'
import { SCALE_SCENARIOS, type ScaleParams } from '../scale-scenarios'
import { type Figure } from '../lib/figures'
import { benchClientAddress } from '../lib/bench-shoppers'
import { planningClient } from '../lib/query-plans'
import { drain, type HttpRequestSpec, loadTest } from '../lib/load-test'
import { startRoundtrip } from '../lib/bench-servers'
import { orderKeys, type ScaleShape, scaleShape } from '../lib/scale-shape'
import { type SectionContext } from '../lib/section'
import { type Summary, summarise } from '../lib/stats'

const SECONDS = 3
const CONCURRENCY = 4

type Measured = { summary: Summary; seqScans: string[] }

/**
 * Every scale scenario on a small database (--small-orders) and on the large one (--orders), four
 * concurrent callers for a few seconds each; p95 at the large size against the small. Then the real
 * order lookup through Roundtrip's HTTP API on each, with the app's memory under that load.
 */
export async function scaleSection(ctx: SectionContext): Promise<Figure[]> {
  const postgres = await ctx.postgres()
  const { orders, smallOrders, shops } = ctx.options
  const sizes = [scaleShape(smallOrders, shops), scaleShape(orders, shops)] as const
  const urls: string[] = []
  for (const shape of sizes) urls.push(await ensureScaleDatabase(postgres, shape, { log: ctx.log, progress: stderrProgress }))

  // Scenario by scenario, small then large back to back: both sizes see the same load on a shared machine.
  ctx.log(`measuring at ${sizes[0].orders.toLocaleString('en')} and ${sizes[1].orders.toLocaleString('en')} orders…`)
  const [small, large] = (await measureAll(urls, sizes, ctx)) as [Measured[], Measured[]]
  const label = (shape: ScaleShape) => (shape.orders >= 1_000_000 ? `${shape.orders / 1_000_000}M` : `${shape.orders / 1000}k`)
  const figures: Figure[] = SCALE_SCENARIOS.map((scenario, i) => ({
    section: 'scale',
    name: `${scenario.name} p95 @${label(sizes[1])}`,
    value: large[i]!.summary.p95,
    unit: 'ms',
    baseline: small[i]!.summary.p95,
    goal: { kind: 'max-ratio', limit: 1.2 },
    note: [
      large[i]!.seqScans.length ? `seq scan on ${large[i]!.seqScans.join(', ')}` : '',
      `p50 ${large[i]!.summary.p50.toFixed(2)} vs ${small[i]!.summary.p50.toFixed(2)} ms`,
    ].filter(Boolean).join('; '),
  }))

  // The lookup as a shopper meets it: through the production server, on each database.
  const http: { p95: number; rss: number; errors: number }[] = []
  for (const [index, shape] of sizes.entries()) {
    const port = ctx.options.port + 3
    ctx.log(`Roundtrip on the ${label(shape)} database (:${port})…`)
    // Not demo mode: no demo seed, and no Stripe emulator loading every order's payment at start.
    const server = await startRoundtrip(urls[index]!, port, { DEMO_MODE: '0' }, `/${orderKeys(shape, 0).shopSlug}`)
    try {
      // A different shopper, order and address every request, spread over the whole database.
      const lookupBody = (n: number) => {
        const order = orderKeys(shape, (n * 7919) % shape.orders)
        return JSON.stringify({ json: { shopSlug: order.shopSlug, orderNumber: order.number, email: order.email } })
      }
      const spec: HttpRequestSpec = {
        method: 'POST',
        path: '/api/trpc/orders.lookup',
        body: lookupBody(0),
        expectStatus: 200,
        vary: (n) => ({ body: lookupBody(n), headers: { 'x-forwarded-for': benchClientAddress(n) } }),
      }
      await loadTest(server.url, spec, { connections: 10, seconds: 2 })
      await drain(server.url, spec)
      const result = await loadTest(server.url, spec, { connections: 50, seconds: ctx.options.duration, sampleRss: server.rssBytes })
      http.push({ p95: result.p95, rss: result.peakRssBytes, errors: result.errors })
    } finally {
      await server.stop()
    }
  }
  figures.push(
    { section: 'scale', name: `orders.lookup HTTP @50 p95 @${label(sizes[1])}`, value: http[1]!.p95, unit: 'ms', baseline: http[0]!.p95, goal: { kind: 'max-ratio', limit: 1.2 }, note: `errors ${http[1]!.errors}; found path through next start` },
    { section: 'scale', name: `Roundtrip RSS under load @${label(sizes[1])}`, value: http[1]!.rss / 1024 / 1024, unit: 'MiB', baseline: http[0]!.rss / 1024 / 1024, note: 'peak, serve.ts + next start + worker (DEMO_MODE=0)' },
  )
  return figures
}

async function measureAll(urls: string[], sizes: readonly ScaleShape[], ctx: SectionContext): Promise<Measured[][]> {
  const clients = urls.map((url) => ({ db: createPrismaClient(url), pool: new pg.Pool({ connectionString: url, max: 1 }), planner: planningClient(url) }))
  try {
    const measured: Measured[][] = sizes.map(() => [])
    for (const scenario of SCALE_SCENARIOS) {
      for (const [index, shape] of sizes.entries()) {
        const { db, pool, planner } = clients[index]!
        const params: ScaleParams = { shape, random: seededRandom(shape.orders), now: new Date() }
        const call = () => scenario.run(db, params)
        await timed(call, 0.5)
        const summary = summarise(await timed(call, SECONDS))
        const seqScans = await planner.seqScansOf(pool, (planned) => scenario.run(planned, params))
        ctx.log(`  ${scenario.name} @${shape.orders}: p95 ${summary.p95.toFixed(2)} ms (${summary.count} calls)${seqScans.length ? `, seq scan on ${seqScans.join(', ')}` : ''}`)
        measured[index]!.push({ summary, seqScans })
      }
    }
    return measured
  } finally {
    await Promise.all(clients.map(async ({ db, pool, planner }) => Promise.all([pool.end(), db.$disconnect(), planner.disconnect()])))
  }
}

/** CONCURRENCY callers in a loop for `seconds`; each call's latency in ms. */
async function timed(call: () => Promise<unknown>, seconds: number): Promise<number[]> {
  const latencies: number[] = []
  const stopAt = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < stopAt) {
        const start = performance.now()
        await call()
        latencies.push(performance.now() - start)
      }
    }),
  )
  return latencies
}
