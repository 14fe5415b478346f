import { DEMO_RETURN_RMA } from '@/prisma/seed/demo-returns'
import { type ApiFixture } from '../scenarios'
import { type BenchOptions } from './options'
import { type BenchPostgres, benchDatabase, ensureRoundtripBuild, startBareNext, startRoundtrip } from './bench-servers'
import { type Service } from './processes'
import { addBenchShoppers } from './bench-shoppers'

/** Enough that no order is asked for more than a few times a run, even with the floor off. */
const BENCH_SHOPPERS = 5_000

/** Roundtrip and the bare Next.js app side by side on one database, shared by the api, weight and lighthouse sections. */
export type Stack = { roundtrip: Service; bare: Service; fixture: ApiFixture; demoRma: string; databaseUrl: string; stop: () => Promise<void> }

export async function startStack(postgres: BenchPostgres, options: BenchOptions, log: (line: string) => void): Promise<Stack> {
  const databaseUrl = await benchDatabase(postgres, 'roundtrip_bench')
  log('building Roundtrip (unless .next holds a build)…')
  await ensureRoundtripBuild(options.rebuild)
  log(`starting Roundtrip on :${options.port} (migrations, demo seed)…`)
  const roundtrip = await startRoundtrip(databaseUrl, options.port)
  let bare: Service
  try {
    log(`starting the bare Next.js app on :${options.port + 1}…`)
    bare = await startBareNext(databaseUrl, options.port + 1, options.rebuild)
  } catch (error) {
    await roundtrip.stop()
    throw error
  }
  const shoppers = await addBenchShoppers(databaseUrl, BENCH_SHOPPERS)
  const session = await shopperSession(roundtrip.url, 'demo', '1001', 'ana.keller@example.com')
  return {
    roundtrip,
    bare,
    databaseUrl,
    demoRma: DEMO_RETURN_RMA,
    fixture: { shopSlug: 'demo', orderNumber: '1001', email: 'ana.keller@example.com', shoppers, ...session },
    stop: async () => {
      await Promise.all([roundtrip.stop(), bare.stop()])
    },
  }
}

type LookupAnswer = { result?: { data?: { json?: { lines?: { id: string }[] } } } }

/** Looks an order up as a shopper would; returns the session cookie (`name=value`) and the order's line ids. */
export async function shopperSession(baseUrl: string, shopSlug: string, orderNumber: string, email: string): Promise<{ cookie: string; lineIds: string[] }> {
  const response = await fetch(`${baseUrl}/api/trpc/orders.lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { shopSlug, orderNumber, email } }),
  })
  const setCookie = response.headers.getSetCookie()[0]
  const answer = (await response.json()) as LookupAnswer
  const lines = answer.result?.data?.json?.lines
  if (response.status !== 200 || !setCookie || !lines) throw new Error(`Demo order ${orderNumber} lookup failed (${response.status}): ${JSON.stringify(answer).slice(0, 300)}`)
  return { cookie: setCookie.split(';')[0]!, lineIds: lines.map((line) => line.id) }
}
