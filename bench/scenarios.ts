/**
 * What the bench measures: one entry per scenario. Adding a measurement is adding an entry here;
 * the sections (bench/sections/*) know how to run each kind.
 */
import { type BenchShopper, benchClientAddress } from './lib/bench-shoppers'
import { type HttpRequestSpec } from './lib/load-test'

// ---- API latency (autocannon against `next start`) ----

/** What the API scenarios need from the seeded demo shop: a shopper session, and its order's lines. */
export type ApiFixture = { shopSlug: string; orderNumber: string; email: string; cookie: string; lineIds: string[]; shoppers: readonly BenchShopper[] }

export type ApiScenario = {
  name: string
  note?: string
  /** Extra environment for the Roundtrip server this scenario needs (a second server is started). */
  serverEnv?: Record<string, string>
  request: (fixture: ApiFixture) => HttpRequestSpec
}

/**
 * The n-th lookup comes from the n-th shopper, for their own order, from their own address (through
 * a trusted proxy): many shoppers, as in production. The body is built by `input` for that shopper.
 */
const shopperLookups = (f: ApiFixture, input: (shopper: BenchShopper) => unknown, expectStatus: HttpRequestSpec['expectStatus']): HttpRequestSpec => ({
  method: 'POST',
  path: '/api/trpc/orders.lookup',
  body: JSON.stringify({ json: input(f.shoppers[0]!) }),
  expectStatus,
  vary: (n) => ({ body: JSON.stringify({ json: input(f.shoppers[n % f.shoppers.length]!) }), headers: { 'x-forwarded-for': benchClientAddress(n) } }),
})
const trpcQuery = (procedure: string, input: unknown, cookie: string): HttpRequestSpec => ({
  method: 'GET',
  path: `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  headers: { cookie },
  expectStatus: 200,
})

export const API_SCENARIOS: readonly ApiScenario[] = [
  {
    name: 'orders.lookup (found)',
    note: 'the found path: rate limits, one indexed query, the session cookie, the order summary; a different shopper each request',
    request: (f) => shopperLookups(f, (s) => ({ shopSlug: f.shopSlug, orderNumber: s.orderNumber, email: s.email }), 200),
  },
  {
    name: 'orders.lookup (wrong email)',
    note: 'floor by design: LOOKUP_MIN_DURATION_MS (400 ms + jitter) on failures; 429 once an order has 10 failures counts as expected (same answer time)',
    request: (f) => shopperLookups(f, (s) => ({ shopSlug: f.shopSlug, orderNumber: s.orderNumber, email: 'someone.else@example.com' }), [404, 429]),
  },
  {
    name: 'returns.preview (eligibility)',
    note: 'shopper session; policy decision for every line of order 1001, no floor',
    request: (f) =>
      trpcQuery('returns.preview', { shopSlug: f.shopSlug, resolution: 'refund', items: f.lineIds.map((lineId) => ({ lineId, quantity: 1, reason: 'doesnt_fit' })) }, f.cookie),
  },
]

/** Only with --no-floor: the failed lookup with its floor switched off, on a second server. */
export const NO_FLOOR_SCENARIOS: readonly ApiScenario[] = [
  { ...API_SCENARIOS[1]!, name: 'orders.lookup (wrong email, LOOKUP_MIN_DURATION_MS=0)', note: 'floor off: not how Roundtrip runs', serverEnv: { LOOKUP_MIN_DURATION_MS: '0' } },
]

/** The bare Next.js route handler (bench/bare-next/app/api/lookup): the same single indexed query, nothing else. */
export const BARE_LOOKUP = (f: ApiFixture): HttpRequestSpec => ({
  method: 'POST',
  path: '/api/lookup',
  body: JSON.stringify({ shopSlug: f.shopSlug, orderNumber: f.orderNumber, email: f.email }),
  expectStatus: 200,
  vary: (n) => {
    const shopper = f.shoppers[n % f.shoppers.length]!
    return { body: JSON.stringify({ shopSlug: f.shopSlug, orderNumber: shopper.orderNumber, email: shopper.email }), headers: { 'x-forwarded-for': benchClientAddress(n) } }
  },
})

// ---- Shopper pages (page weight, Lighthouse) ----

/** A demo order to sign in as before opening the page (the return and status pages need a session). */
export type PageScenario = { name: string; path: string; session?: { orderNumber: string; email: string } }

export const DEMO_RETURN_RMA_PATH = '/demo/returns/'

export const PAGE_SCENARIOS = (demoRma: string): readonly PageScenario[] => [
  { name: 'lookup /demo', path: '/demo' },
  { name: 'items /demo/return', path: '/demo/return', session: { orderNumber: '1001', email: 'ana.keller@example.com' } },
  { name: 'status /demo/returns/<rma>', path: `${DEMO_RETURN_RMA_PATH}${demoRma}`, session: { orderNumber: '1008', email: 'li.wei@example.com' } },
]

export const BARE_PAGE: PageScenario = { name: 'bare Next.js page', path: '/' }
